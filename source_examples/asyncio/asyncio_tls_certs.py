#!/usr/bin/env python3
# encoding: utf-8
"""Create a throwaway self-signed certificate for 'localhost'."""

#end_pymotw_header
import datetime
import pathlib
import tempfile

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


def make_certificate(directory, hostname='localhost'):
    """Write cert.pem and key.pem to directory, return their paths."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostname)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)  # self-signed: we vouch for ourselves
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName(hostname)]),
            critical=False)
        .add_extension(
            x509.BasicConstraints(ca=False, path_length=None),
            critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
            critical=False)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
            critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(
                key.public_key()),
            critical=False)
        .sign(key, hashes.SHA256())
    )
    certfile = pathlib.Path(directory) / 'cert.pem'
    keyfile = pathlib.Path(directory) / 'key.pem'
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ))
    return certfile, keyfile


if __name__ == '__main__':
    with tempfile.TemporaryDirectory() as tmp:
        certfile, keyfile = make_certificate(tmp)
        cert = x509.load_pem_x509_certificate(certfile.read_bytes())
        san = cert.extensions.get_extension_for_class(
            x509.SubjectAlternativeName)
        print('subject: ', cert.subject.rfc4514_string())
        print('issuer:  ', cert.issuer.rfc4514_string())
        print('names:   ', san.value.get_values_for_type(x509.DNSName))
        print('lifetime:', cert.not_valid_after_utc
              - cert.not_valid_before_utc)
        for path in sorted(pathlib.Path(tmp).iterdir()):
            print(f'{path.name}: {path.read_text().splitlines()[0]}')
