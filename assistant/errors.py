"""Errors that carry a message a person can act on."""


class IEPGuideError(Exception):
    """Base class: the message is meant for the person using the product."""


class QuestionError(IEPGuideError, ValueError):
    """The question cannot be answered as given (empty, too long...)."""


class IndexNotFoundError(IEPGuideError):
    """No guidance index has been built yet."""


class IndexUnavailableError(IEPGuideError):
    """The guidance index exists but cannot be read or does not match the settings."""


class ServerUnavailableError(IndexUnavailableError):
    """The Chroma server did not answer (stopped, frozen, unreachable): the index is not at fault."""


class DocumentError(IEPGuideError):
    """A source document could not be read or parsed."""
