"""The signed-URL download host: where Download Center artifacts are fetched from.

Why a host of its own: the real artifact URLs point at storage, not at the API, and carry
their own authority (`expires` + `signature`). The SDK must follow them WITHOUT its API key:
sending the key to a storage host leaks it. This host therefore refuses any request that
carries `API-KEY` or `Authorization` (403, with a text saying so), as well as expired (by the
sandbox clock) and tampered URLs. It serves GET and HEAD, with single `Range` requests
(206, or 416 when unsatisfiable) and `If-Range`, streaming from the artifact's VirtualFile.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

import httpx

from ._http import ChunkStream, text_response
from ._zipstream import VirtualFile

if TYPE_CHECKING:
    from ._sandbox import Sandbox

PREFIX = "/artifacts/"
CREDENTIAL_HEADERS = ("api-key", "authorization")


def _signature(sb: Sandbox, path: str, expires: int) -> str:
    return hmac.new(sb.signing_key, f"GET\n{path}\n{expires}".encode(), hashlib.sha256).hexdigest()


def signed_url(sb: Sandbox, artifact_name: str) -> str:
    """A URL on the files host for `artifact_name`, valid for `sb.signed_url_ttl` seconds."""
    path = PREFIX + quote(artifact_name, safe="")
    expires = int(sb.now()) + int(sb.signed_url_ttl)
    base = sb.files_base_url.rstrip("/")
    return f"{base}{path}?expires={expires}&signature={_signature(sb, path, expires)}"


def handle(sb: Sandbox, request: httpx.Request) -> httpx.Response:
    if request.method not in ("GET", "HEAD"):
        return text_response(405, "The files host only serves GET and HEAD.\n", {"Allow": "GET, HEAD"})
    carried = [h for h in CREDENTIAL_HEADERS if h in request.headers]
    if carried:
        return text_response(
            403,
            "Refused: this request carries credentials (" + ", ".join(carried) + "). Signed "
            "download URLs authorize themselves; send them without the API key or any "
            "Authorization header, which must never leave the API host.\n",
        )
    path = request.url.raw_path.decode("ascii").split("?", 1)[0]
    if not path.startswith(PREFIX):
        return text_response(404, "Not found.\n")
    expires_text = request.url.params.get("expires", "")
    signature = request.url.params.get("signature", "")
    if not re.fullmatch(r"\d{1,12}", expires_text) or not signature:
        return text_response(403, "Refused: the URL is not signed (expires and signature).\n")
    expected = _signature(sb, path, int(expires_text))
    if not hmac.compare_digest(expected, signature):
        return text_response(403, "Refused: the signature does not match this URL.\n")
    if sb.now() > int(expires_text):
        return text_response(403, "Refused: this signed URL has expired; request a new one.\n")
    name = unquote(path[len(PREFIX) :])
    artifact = sb.exports.artifact(name)
    if artifact is None:
        return text_response(404, "No such artifact (the export may have been deleted).\n")
    return _serve(request, name, artifact)


def _serve(request: httpx.Request, name: str, artifact: VirtualFile) -> httpx.Response:
    size = artifact.size
    etag = f'"{hashlib.sha256(f"{name}:{size}".encode()).hexdigest()[:16]}"'
    headers = {
        "Content-Type": "application/zip",
        "Content-Disposition": f'attachment; filename="{name}"',
        "Accept-Ranges": "bytes",
        "ETag": etag,
    }
    start, end, status = 0, size, 200
    wanted = request.headers.get("range")
    if_range = request.headers.get("if-range")
    if wanted and (if_range is None or if_range == etag):
        found = re.fullmatch(r"\s*bytes=(\d*)-(\d*)\s*", wanted)
        if found and (found.group(1) or found.group(2)):
            first, last = found.group(1), found.group(2)
            if first:
                start = int(first)
                end = min(size, int(last) + 1) if last else size
            else:
                start, end = max(0, size - int(last)), size
            if start >= size or start >= end:
                unsatisfiable = {"Content-Range": f"bytes */{size}"}
                return text_response(416, "Range not satisfiable.\n", unsatisfiable)
            status = 206
            headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
    headers["Content-Length"] = str(end - start)
    if request.method == "HEAD":
        return httpx.Response(status, headers=headers)
    return httpx.Response(
        status,
        headers=headers,
        stream=ChunkStream(lambda: artifact.read(start, end)),
    )
