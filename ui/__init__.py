"""The Streamlit app's pages and views (the modules that import Streamlit), and the plain
logic they use — HTML for answers and cards, highlighting, exports, wording — which does not."""
