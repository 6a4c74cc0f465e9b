"""Wiremap's page: a map of the events, their briefs, a timeline and a time filter.

Only presentation lives here; the data comes from ``pipeline`` and the pure view logic from
``ui``. Run it with ``make run`` (or ``streamlit run dashboard.py``).
"""

from __future__ import annotations

from datetime import timedelta

import pandas as pd
import streamlit as st

from ui.deck import EVENTS_LAYER, build_deck
from ui.frames import (
    events_frame,
    events_in_window,
    hourly_counts,
    places,
    time_bounds,
    undated,
)
from ui.safe import plain_markdown

st.set_page_config(page_title="Wiremap", page_icon="🗺️", layout="wide")


@st.cache_data(show_spinner="Reading the sample…")
def load_records() -> list[dict]:
    from pipeline.sample import sample_records

    return sample_records()


def show_brief(row: pd.Series) -> None:
    """One brief, as plain text: news copy is never rendered as HTML or Markdown."""
    st.markdown("**" + plain_markdown(row["headline"]) + "**")
    when = row["published"]
    when_text = "time unknown" if pd.isna(when) else when.strftime("%d %b %Y %H:%M UTC")
    agencies = ", ".join(row["agencies"]) or "no agency"
    st.caption(plain_markdown(f"{row['dateline'] or 'no dateline'} · {agencies} · {when_text}"))
    st.markdown(plain_markdown(row["text"]))
    reason = row["location_reason"] or "not located"
    st.caption(plain_markdown(f"Located: {reason}. Source: {row['source']}"))


def main() -> None:
    df = events_frame(load_records())
    st.title("Wiremap")
    bounds = time_bounds(df)
    if bounds is None:
        window = None
        st.sidebar.info("No event has a known time.")
    else:
        low = bounds[0].replace(minute=0, second=0, microsecond=0)
        high = bounds[1].replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        window = st.sidebar.slider(
            "Time window (UTC)",
            min_value=low.replace(tzinfo=None),
            max_value=high.replace(tzinfo=None),
            value=(low.replace(tzinfo=None), high.replace(tzinfo=None)),
            step=timedelta(hours=1),
            format="DD MMM HH:mm",
            key="window",
        )
    show_undated = st.sidebar.toggle("Show undated events on the map", value=True, key="undated")

    if window is None:
        shown = df.iloc[0:0]
    else:
        start, end = (pd.Timestamp(w).tz_localize("UTC") for w in window)
        shown = events_in_window(df, start, end)
    loose = undated(df)
    on_map = pd.concat([shown, loose]) if show_undated else shown
    st.sidebar.metric("Events in window", len(shown))
    st.sidebar.caption(f"{len(df)} events in all, {len(loose)} without a known time")

    place_rows = places(on_map)
    selected = st.session_state.get("selected_place")
    left, right = st.columns([3, 2])
    with left:
        deck = build_deck(place_rows, selected_key=selected)
        event = st.pydeck_chart(
            deck, on_select="rerun", selection_mode="single-object", key="map", height=480
        )
        picked = (event.selection.objects or {}).get(EVENTS_LAYER) if event else None
        if picked:
            st.session_state["selected_place"] = selected = picked[0]["key"]
        if window is not None:
            counts = hourly_counts(df, *(pd.Timestamp(w).tz_localize("UTC") for w in window))
            st.caption("Events per hour")
            st.bar_chart(counts.set_index("hour")["events"], height=140)
    with right:
        chosen = place_rows[place_rows["key"] == selected] if selected else place_rows.iloc[0:0]
        if len(chosen):
            ids = chosen.iloc[0]["ids"]
            briefs = on_map[on_map["id"].isin(ids)].sort_values(
                "published", ascending=False, na_position="last"
            )
            st.subheader(plain_markdown(f"{chosen.iloc[0]['place']}: {len(briefs)} briefs"))
            for _, row in briefs.iterrows():
                with st.container(border=True):
                    show_brief(row)
        else:
            st.info("Click a marker on the map to read its briefs.")

    st.subheader("Events in the window")
    table = shown.sort_values("published", ascending=False)
    st.dataframe(
        table[["published", "dateline", "headline", "country_code"]],
        hide_index=True,
        use_container_width=True,
    )
    with st.expander(f"Undated events ({len(loose)})"):
        for _, row in loose.iterrows():
            show_brief(row)


main()
