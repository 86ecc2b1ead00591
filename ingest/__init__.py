"""Turning guidance documents into chunks in the Chroma index."""
