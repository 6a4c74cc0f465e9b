"""The map: places as markers over the offline basemap, as a pydeck ``Deck``."""

from __future__ import annotations

import pandas as pd
import pydeck as pdk

from ui.basemap import basemap_layer

EVENTS_LAYER = "events"
SELECTED_LAYER = "selected"
TOOLTIP = {"text": "{place}\n{headline}"}  # "text", not "html": deck.gl sets it as plain text


def marker_radius(count: int) -> float:
    """Pixels: grows with the number of briefs, gently, so one busy city does not hide others."""
    return 6.0 + 4.0 * (max(count, 1) ** 0.5 - 1.0)


def build_deck(
    places: pd.DataFrame,
    *,
    theme: str = "light",
    selected_key: str | None = None,
    view: pdk.ViewState | None = None,
) -> pdk.Deck:
    """A deck with one marker per place; ``places`` comes from ``ui.frames.places``."""
    data = places.copy()
    data["radius"] = [marker_radius(int(n)) for n in data["count"]] if len(data) else []
    layers = [basemap_layer(theme)]
    layers.append(
        pdk.Layer(
            "ScatterplotLayer",
            id=EVENTS_LAYER,
            data=data,
            get_position="[lon, lat]",
            get_radius="radius",
            radius_units="pixels",
            get_fill_color=[214, 69, 65, 200],
            get_line_color=[255, 255, 255, 230],
            line_width_min_pixels=1,
            stroked=True,
            pickable=True,
            auto_highlight=True,
        )
    )
    if selected_key is not None and len(data):
        chosen = data[data["key"] == selected_key]
        if len(chosen):
            layers.append(
                pdk.Layer(
                    "ScatterplotLayer",
                    id=SELECTED_LAYER,
                    data=chosen,
                    get_position="[lon, lat]",
                    get_radius="radius + 6",
                    radius_units="pixels",
                    filled=False,
                    stroked=True,
                    get_line_color=[20, 20, 20, 255],
                    line_width_min_pixels=3,
                    pickable=False,
                )
            )
    return pdk.Deck(
        layers=layers,
        initial_view_state=view or pdk.ViewState(latitude=25, longitude=10, zoom=0.8),
        map_provider=None,
        map_style=None,
        tooltip=TOOLTIP,
    )
