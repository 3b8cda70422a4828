from __future__ import annotations

import json

import pytest

from badgesmith.core.credentials import keys
from badgesmith.core.credentials.didkey import fingerprint
from badgesmith.core.credentials.errors import (
    CredentialError,
    InvalidIssuerCard,
    InvalidKeyBackup,
    WrongPassphrase,
)


def test_encrypt_decrypt_roundtrip_and_secret_not_in_blob() -> None:
    key = keys.generate_key()
    blob = keys.encrypt_private_key(key, "correct horse")
    assert keys.seed_of(key) not in blob
    assert keys.seed_of(keys.decrypt_private_key(blob, "correct horse")) == keys.seed_of(key)
    # fresh salt and nonce each time
    assert keys.encrypt_private_key(key, "correct horse") != blob


def test_wrong_passphrase_raises_wrong_passphrase_with_user_message() -> None:
    blob = keys.encrypt_private_key(keys.generate_key(), "right")
    with pytest.raises(WrongPassphrase) as exc:
        keys.decrypt_private_key(blob, "wrong")
    assert "passphrase is wrong" in str(exc.value)


def test_tampered_blob_is_refused() -> None:
    blob = bytearray(keys.encrypt_private_key(keys.generate_key(), "pw"))
    blob[-1] ^= 1
    with pytest.raises(WrongPassphrase):
        keys.decrypt_private_key(bytes(blob), "pw")
    with pytest.raises(InvalidKeyBackup):
        keys.decrypt_private_key(b"garbage", "pw")


def test_header_is_authenticated() -> None:
    blob = bytearray(keys.encrypt_private_key(keys.generate_key(), "pw"))
    blob[6] = 14  # weaken scrypt N in the header
    with pytest.raises(WrongPassphrase):
        keys.decrypt_private_key(bytes(blob), "pw")


def test_empty_passphrase_refused() -> None:
    with pytest.raises(CredentialError):
        keys.encrypt_private_key(keys.generate_key(), "")


def test_change_passphrase() -> None:
    key = keys.generate_key()
    blob = keys.change_passphrase(keys.encrypt_private_key(key, "old"), "old", "néw πάσσ")
    assert keys.did_of(keys.decrypt_private_key(blob, "néw πάσσ")) == keys.did_of(key)
    with pytest.raises(WrongPassphrase):
        keys.decrypt_private_key(blob, "old")
    with pytest.raises(WrongPassphrase):
        keys.change_passphrase(blob, "nope", "x")


def test_key_backup_export_import_unlock() -> None:
    key = keys.generate_key()
    did = keys.did_of(key)
    data = keys.export_key_backup(keys.encrypt_private_key(key, "pw"), did)
    doc = json.loads(data)
    assert doc["did"] == did and doc["format"] == "badgesmith-key-backup"
    assert keys.seed_of(key).hex() not in data.decode()
    backup = keys.import_key_backup(data)
    assert "encrypted" not in repr(backup)
    assert keys.did_of(backup.unlock("pw")) == did
    with pytest.raises(WrongPassphrase):
        backup.unlock("bad")


def test_key_backup_with_mismatched_did_or_damage_refused() -> None:
    key, other = keys.generate_key(), keys.generate_key()
    data = keys.export_key_backup(keys.encrypt_private_key(key, "pw"), keys.did_of(other))
    with pytest.raises(InvalidKeyBackup, match="does not match"):
        keys.import_key_backup(data).unlock("pw")
    for bad in (b"{}", b"not json", json.dumps({"format": "badgesmith-key-backup", "version": 1}).encode()):
        with pytest.raises(InvalidKeyBackup):
            keys.import_key_backup(bad)


def test_unlocked_key_repr_hides_secret() -> None:
    key = keys.generate_key()
    text = repr(keys.UnlockedKey(key))
    assert keys.seed_of(key).hex() not in text and "hidden" in text


def test_issuer_card_roundtrip() -> None:
    key = keys.generate_key()
    data = keys.export_issuer_card("Κέντρο Εκπαίδευσης", key, url="https://ke.example", email="a@ke.example")
    card = keys.parse_issuer_card(data)
    assert card.name == "Κέντρο Εκπαίδευσης"
    assert card.did == keys.did_of(key)
    assert card.fingerprint == fingerprint(card.did)
    assert card.url == "https://ke.example"
    assert keys.seed_of(key).hex() not in data.decode()


@pytest.mark.parametrize(
    "field,value,message",
    [
        ("name", "Someone Else", "signature"),
        ("fingerprint", "0000 0000 0000 0000", "fingerprint"),
        ("did", "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", "fingerprint"),
        ("did", "did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169", "not usable"),
        ("signature", None, "not signed"),
        ("format", "other", "not a Badgesmith issuer card"),
        ("version", 2, "newer"),
        ("name", "  ", "no issuer name"),
    ],
)
def test_issuer_card_tampering_refused(field: str, value: object, message: str) -> None:
    doc = json.loads(keys.export_issuer_card("Trainer", keys.generate_key()))
    if value is None:
        del doc[field]
    else:
        doc[field] = value
    with pytest.raises(InvalidIssuerCard, match=message):
        keys.parse_issuer_card(json.dumps(doc))


def test_issuer_card_not_json() -> None:
    with pytest.raises(InvalidIssuerCard):
        keys.parse_issuer_card(b"\x89PNG")
