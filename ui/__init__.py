"""Presentation helpers for the dashboard: pure functions, testable without Streamlit."""
