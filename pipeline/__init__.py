"""Runs sources through parsing and geo into the store, and answers the dashboard's queries."""

from parsing.compiled import install

install()  # before any hot module is imported: its current compiled build, else its .py
