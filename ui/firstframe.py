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

COMPONENT = "wiremap_first_frame"
KEY = "first_frame"  # the element's class is ``st-key-first_frame`` (hidden by the page's CSS)
TRIGGER = "drawn"
MAP_SELECTOR = ".st-key-map"
FALLBACK_MS = 6000

FIRST_FRAME_JS = """
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


def signal_data() -> dict:
    """What the script is given: where the map is, how long to wait for its frame at most."""
    return {"map": MAP_SELECTOR, "fallback_ms": FALLBACK_MS}
