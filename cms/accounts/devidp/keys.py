"""The development provider's RS256 signing key: generated on first start, kept outside git.

The key lives in the var/ directory (ignored by git) and is only ever read by the development and
test settings; production refuses to start with the development provider switched on, so this key
can never sign anything a production portal would trust.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def development_signing_key(directory: Path) -> str:
    path = Path(directory) / "dev-idp" / "oidc-signing-key.pem"
    if path.exists():
        return path.read_text()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    # Written beside the target and renamed, so two processes starting together agree on one key.
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".key-")
    with os.fdopen(handle, "w") as stream:
        stream.write(pem)
    os.chmod(temporary, 0o600)
    try:
        os.link(temporary, path)  # fails if another process got there first
    except FileExistsError:
        pass
    finally:
        os.unlink(temporary)
    return path.read_text()
