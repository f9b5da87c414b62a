#pragma once

#include <QCoreApplication>
#include <QSslConfiguration>

namespace WalletDesk {

class ConsoleSettings;

// Whom the console trusts: the system's CA store plus an optional CA file,
// and optionally only a server whose public key has a given SHA-256 pin.
// Any TLS error fails the request; errors are never ignored. It speaks TLS 1.2
// or 1.3 and offers AEAD suites only (aeadCiphers()).
class TlsPolicy
{
    Q_DECLARE_TR_FUNCTIONS(TlsPolicy)

public:
    TlsPolicy() = default;
    // Returns a policy, or sets *error when the CA file or pin is unusable.
    static TlsPolicy fromSettings(const ConsoleSettings &settings, QString *error);

    QSslConfiguration configuration() const { return m_configuration; }
    // True when no pin is set or the certificate's public key matches it.
    bool matchesPin(const QSslCertificate &certificate) const;
    static QByteArray spkiSha256(const QSslCertificate &certificate);
    // TLS 1.3 (all AEAD) and TLS 1.2 with ECDHE and AES-GCM or
    // ChaCha20-Poly1305: no CBC suite, no RSA key exchange, no finite-field DHE.
    static QList<QSslCipher> aeadCiphers();

    // A message for people about the TLS errors of a failed handshake.
    static QString describe(const QList<QSslError> &errors);

private:
    // The defaults with TLS 1.2 or later and aeadCiphers().
    static QSslConfiguration baseConfiguration();

    QSslConfiguration m_configuration = baseConfiguration();
    QByteArray m_pin;
};

} // namespace WalletDesk
