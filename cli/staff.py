"""`iep-guide staff` and `iep-guide feedback`: the local staff accounts, and the answer feedback
parents leave (export it, or purge what is older than the retention period)."""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from cli import add_index_option, settings_from


def register(sub) -> None:
    staff = sub.add_parser("staff", help="add, list or remove local staff accounts (who may sign in to Library and Evals)")
    actions = staff.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="create a staff account; asks for the password twice")
    add.add_argument("name")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    actions.add_parser("list", help="list the staff accounts")
    remove = actions.add_parser("remove", help="remove a staff account")
    remove.add_argument("name")
    staff.set_defaults(run=run_staff)

    feedback = sub.add_parser("feedback", help="export answer feedback, or purge feedback past its retention")
    add_index_option(feedback)
    actions = feedback.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("export", help="print every feedback row as JSON lines")
    purge = actions.add_parser("purge", help="delete feedback and conversations older than IEP_GUIDE_FEEDBACK_RETENTION_DAYS")
    purge.add_argument("--days", type=int, help="keep this many days instead")
    feedback.set_defaults(run=run_feedback)


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(f"Password for {args.name}: ")
    if getpass.getpass("Again: ") != first:
        from assistant.staff import StaffError

        raise StaffError("The two passwords differ; nothing was changed.")
    return first


def run_staff(args: argparse.Namespace) -> int:
    from assistant.staff import StaffAccounts

    settings = settings_from(args)
    accounts = StaffAccounts(settings.ui.staff_path())
    if args.action == "add":
        accounts.add(args.name, _password(args))
        print(f"Staff account {args.name.strip().lower()} added ({accounts.path}).")
    elif args.action == "remove":
        accounts.remove(args.name)
        print(f"Staff account {args.name.strip().lower()} removed.")
    else:
        names = accounts.names()
        print("\n".join(names) if names else "No staff accounts yet. Add one with: iep-guide staff add NAME")
    return 0


def run_feedback(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from assistant.conversation_store import ConversationStore
    from assistant.feedback_store import FeedbackStore

    settings = settings_from(args)
    store = FeedbackStore.for_settings(settings)
    if args.action == "export":
        for row in store.all():
            print(json.dumps(asdict(row), ensure_ascii=False))
        return 0
    days = args.days if args.days is not None else settings.ui.feedback_retention_days
    if days < 1:
        print("iep-guide: --days must be at least 1", file=sys.stderr)
        return 2
    removed = store.purge(days)
    print(f"Removed {removed} feedback rows older than {days} days; {store.count()} kept.")
    conversations = ConversationStore.for_settings(settings)
    gone = conversations.purge(days)
    print(f"Removed {gone} conversations not used for {days} days; {conversations.count()} kept.")
    return 0
