#pragma once

// Header only: models links no Qt Network, while both of its users (the
// server and the console) do.
#include <QList>
#include <QSslCipher>
#include <QStringList>

namespace WalletDesk {

// What the server offers and the console accepts: TLS 1.3, whose suites are
// all AEAD, and TLS 1.2 with ECDHE and AES-GCM or ChaCha20-Poly1305 only: no
// CBC (LUCKY13 and its kin), no static RSA key exchange, no finite-field DHE.
// Suites the TLS library lacks are left out.
inline QList<QSslCipher> aeadCiphers()
{
    static const QStringList names = {
        QStringLiteral("TLS_AES_128_GCM_SHA256"),
        QStringLiteral("TLS_AES_256_GCM_SHA384"),
        QStringLiteral("TLS_CHACHA20_POLY1305_SHA256"),
        QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256"),
        QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256"),
        QStringLiteral("ECDHE-ECDSA-AES256-GCM-SHA384"),
        QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384"),
        QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305"),
        QStringLiteral("ECDHE-RSA-CHACHA20-POLY1305"),
    };
    QList<QSslCipher> ciphers;
    for (const QString &name : names) {
        const QSslCipher cipher(name);
        if (!cipher.isNull())
            ciphers.append(cipher);
    }
    return ciphers;
}

} // namespace WalletDesk
