"""Streamlit building blocks for the chat app (imported only by the app)."""
