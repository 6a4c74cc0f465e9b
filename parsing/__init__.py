"""Text in, briefs out: page segmentation, datelines, agencies, language and time.

This layer knows nothing of coordinates, storage or Streamlit.
"""

from parsing.compiled import install

install()  # before any hot module is imported: its current compiled build, else its .py

from parsing.records import Brief, Dateline  # noqa: E402

__all__ = ["Brief", "Dateline"]
