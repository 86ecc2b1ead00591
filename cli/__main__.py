import sys

from cli import main

if __name__ == "__main__":  # not when a worker process (the IEP eval writes its files in several) imports it
    sys.exit(main())
