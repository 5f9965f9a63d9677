"""A minimal Streamlit client speaking the app's own websocket protocol (protobuf over `/_stcore/stream`).

It does what a browser tab does on page load, and no more: open a session, ask for a script run of one page
with a query string, and read ForwardMsgs until the server reports the run finished. Used by the page and
load benchmarks so that the load generator does not need a browser per session (which would starve the
2-core server it measures). Only loopback servers started by the benchmarks are ever addressed.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

FINISHED = ForwardMsg.ScriptFinishedStatus.Value("FINISHED_SUCCESSFULLY")
RERUN = ForwardMsg.ScriptFinishedStatus.Value("FINISHED_EARLY_FOR_RERUN")


@dataclass
class PageRun:
    """One page load: seconds from the request to the end of the script run, deltas received, errors."""

    page: str
    seconds: float
    deltas: int
    exceptions: list[str] = field(default_factory=list)
    timed_out: bool = False


class Session:
    """One browser-tab-like session on `ws://host:port/_stcore/stream`."""

    def __init__(self, base_url: str):
        self.ws_url = base_url.replace("http://", "ws://").rstrip("/") + "/_stcore/stream"
        self._ws = None

    async def __aenter__(self) -> "Session":
        self._ws = await websockets.connect(self.ws_url, subprotocols=["streamlit"], max_size=2**28,
                                            open_timeout=60, ping_interval=None)
        return self

    async def __aexit__(self, *exc) -> None:
        await self._ws.close()

    async def load(self, page: str, query: str = "", timeout: float = 120.0) -> PageRun:
        """Request a run of page `page` (its URL path; "" for the default page) with `query` ("lang=tr&...")
        and wait for the run to finish. Reruns requested by the script itself (st.rerun) are followed."""
        msg = BackMsg()
        msg.rerun_script.query_string = query
        msg.rerun_script.page_name = page
        start = time.perf_counter()
        await self._ws.send(msg.SerializeToString())
        deltas, exceptions = 0, []
        deadline = start + timeout
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                return PageRun(page, time.perf_counter() - start, deltas, exceptions, timed_out=True)
            try:
                raw = await asyncio.wait_for(self._ws.recv(), timeout=remaining)
            except TimeoutError:
                return PageRun(page, time.perf_counter() - start, deltas, exceptions, timed_out=True)
            fwd = ForwardMsg()
            fwd.ParseFromString(raw)
            kind = fwd.WhichOneof("type")
            if kind == "delta":
                deltas += 1
                element = fwd.delta.new_element
                if element.WhichOneof("type") == "exception":
                    exceptions.append(f"{element.exception.type}: {element.exception.message}")
            elif kind == "script_finished" and fwd.script_finished == FINISHED:
                return PageRun(page, time.perf_counter() - start, deltas, exceptions)
