"""Runs sources through parsing and geo into the store, and answers the dashboard's queries."""
