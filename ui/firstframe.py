"""The page's signal that its map's first frame is on screen: the rest of the page may follow.

A browser's first run is lean (``ui.style.lean_first_run``): the header, the map and the feed.
The rest (the sidebar's controls, everything under the map) used to follow after a fixed wait
on the server (2.5 s), a guess: on a busy machine it came before the map's first frame (which,
in software WebGL, holds the page's main thread a second or more) and was rendered first; on a
quiet one the page waited for nothing, and a click meanwhile waited too.

Now the page says when: a small script (``FIRST_FRAME_JS``, our own code, no news text, mounted
by ``dashboard.py`` as an ``st.components.v2`` component at the end of the lean run, hidden by
``ui.style.PAGE_CSS``) watches for the first WebGL draw call on the events' map (a canvas under
``.st-key-map``; the empty deck sent ahead is that same chart but has no layer, so it draws
nothing), waits for the end of that task (the frame and, without a GPU, its read-back), and
sets the trigger ``drawn``: Streamlit reruns the script, and that run is a full one. If no
draw is seen within ``FALLBACK_MS`` (WebGL broken, a map that never draws), it asks anyway.
It unhooks the draw calls once it has asked.

The component usually mounts before deck.gl has made its WebGL context (that waits for an
animation frame); if it comes after the map's canvas (its draw may be past), it asks at the
first draw it sees or three animation frames later, whichever comes first. Mounted with the
header instead, its script loaded before the title was painted (title 4.28 -> 5.34 s in an
A/B at load 5). Without a browser (``AppTest``) no run is lean, so nothing waits for it.
"""

from __future__ import annotations

import json

COMPONENT = "wiremap_first_frame"
KEY = "first_frame"  # the element's class is ``st-key-first_frame`` (hidden by the page's CSS)
TRIGGER = "drawn"
MAP_SELECTOR = ".st-key-map"
FALLBACK_MS = 6000

# The map's canvas given its size when it is put on the page, before deck.gl reads it. luma.gl's
# canvas context takes its drawing buffer's size from the canvas's width and height attributes
# when it is made (a new canvas: 300 x 150) and sets them from the element's size only in its
# ResizeObserver's callback, which a browser delivers after the animation frame's callbacks: a
# deck made just before an animation frame drew its first frame on 300 x 150 pixels, the middle
# of the world and no marker (about half the seed's cold starts), and the frame the reader can
# use came 0.17-0.36 s later. A mutation observer's callback runs in the microtask after the
# canvas is inserted, before luma.gl's device reads it (0.1 s later in the probe). At that point
# deck.gl has styled the canvas with only ``left`` and ``top``: its client size is its intrinsic
# 300 x 150, while its box (the chart's element) has the map's size. So the script sets the
# attributes to the box's size times the device pixel ratio and the CSS size to 100% x 100%
# (what deck.gl gives it later; only where no size is set), which is what the ResizeObserver's
# callback comes to (so that callback changes nothing, and later resizes are its as before).
# Only a canvas under the map still at the default 300 x 150. Installed once a page, by the
# preload's script (right after the title) and by ``FIRST_FRAME_JS`` (if the preload is not
# sent); one that comes after the canvas changes nothing.
SIZE_MAP_CANVAS_JS = """
(() => {
  if (window.__wmSizeMapCanvas) return;
  window.__wmSizeMapCanvas = true;
  const size = (canvas) => {
    const box = canvas.parentElement;
    if (canvas.width !== 300 || canvas.height !== 150 || !box || !canvas.closest(MAP_SELECTOR)) {
      return;
    }
    const ratio = window.devicePixelRatio || 1;
    const width = Math.floor(box.clientWidth * ratio);
    const height = Math.floor(box.clientHeight * ratio);
    if (width > 0 && height > 0) {
      if (!canvas.style.width) canvas.style.width = '100%';
      if (!canvas.style.height) canvas.style.height = '100%';
      canvas.width = width;
      canvas.height = height;
    }
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        if (node.tagName === 'CANVAS') size(node);
        else for (const canvas of node.getElementsByTagName('canvas')) size(canvas);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
""".replace("MAP_SELECTOR", json.dumps(MAP_SELECTOR))

FIRST_FRAME_JS = (
    SIZE_MAP_CANVAS_JS
    + """
export default function ({ data, setTriggerValue }) {
  const names = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced',
                 'drawRangeElements'];
  const undo = [];
  let seen = false;
  let done = false;
  const unhook = () => { while (undo.length) undo.pop()(); };
  const ask = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    unhook();
    setTriggerValue('drawn', true);
  };
  // A message is handled after the task that drew the frame (and read it back) is over.
  const afterTask = () => {
    const channel = new MessageChannel();
    channel.port1.onmessage = ask;
    channel.port2.postMessage(0);
  };
  const fallback = setTimeout(ask, data.fallback_ms);
  const inMap = (gl) => !!(gl && gl.canvas && gl.canvas.closest && gl.canvas.closest(data.map));
  for (const proto of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    if (!proto) continue;
    for (const name of names) {
      const orig = proto.prototype[name];
      if (!orig) continue;
      const hooked = function (...args) {
        if (!seen && inMap(this)) {
          seen = true;
          afterTask();
        }
        return orig.apply(this, args);
      };
      proto.prototype[name] = hooked;
      undo.push(() => { if (proto.prototype[name] === hooked) proto.prototype[name] = orig; });
    }
  }
  if (document.querySelector(data.map + ' canvas')) {  // its first draw may be past
    let frames = 3;
    const tick = () => (--frames > 0 ? requestAnimationFrame(tick) : afterTask());
    requestAnimationFrame(tick);
  }
  return () => { done = true; clearTimeout(fallback); unhook(); };
}
"""
)


def signal_data() -> dict:
    """What the script is given: where the map is, how long to wait for its frame at most."""
    return {"map": MAP_SELECTOR, "fallback_ms": FALLBACK_MS}
