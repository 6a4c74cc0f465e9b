"""Text in, briefs out: page segmentation, datelines, agencies, language and time.

This layer knows nothing of coordinates, storage or Streamlit.
"""

from parsing.records import Brief, Dateline

__all__ = ["Brief", "Dateline"]
