"""Streamlit helpers shared by the pages: language, cached data access, footer, downloads.

Only this package and the page scripts import streamlit; everything they show comes from `indicators`.
"""
