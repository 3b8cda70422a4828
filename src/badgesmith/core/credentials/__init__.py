"""core/credentials: Open Badges 3.0 credentials, keys, did:key, eddsa-rdfc-2022, verification.

Pure Python (never imports Qt); JSON-LD is processed offline with the bundled contexts.
Import the submodules (``keys``, ``didkey``, ``ob3``, ``dataintegrity``, ``verify``,
``statuslist``, ``schema``, ``loader``): this package itself stays empty so that importing a
light part (keys, did:key) does not load pyld and jsonschema at application start-up.
"""
