#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace WalletDesk::Server::Credentials {

// Salted PBKDF2-HMAC-SHA256, hex encoded.
QByteArray hashPassword(const QString &password, const QByteArray &salt, int iterations);
bool verifyPassword(
    const QString &password, const QByteArray &salt, int iterations, const QByteArray &hash);
QByteArray randomSalt();

// A new password as the agents table keeps it (password_hash, salt,
// iterations): a fresh salt and the hash at the given iterations.
struct StoredPassword
{
    QString hash;
    QString salt;
    int iterations = 0;
};
StoredPassword storedPassword(const QString &password, int iterations);

// An opaque bearer token with 256 bits of entropy, URL-safe.
QByteArray newToken();
// What the store keeps of a token: its SHA-256, so a copy of the database
// cannot be replayed.
QByteArray tokenDigest(const QByteArray &token);

// RFC 6238 time-based one-time code (SHA-1, 30 s, 6 digits) for a base32 secret.
QString totp(const QByteArray &base32Secret, qint64 unixSeconds);
bool verifyTotp(const QByteArray &base32Secret, const QString &code, qint64 unixSeconds);
// The time step (unix seconds / 30) whose code this is, if it is one of the
// steps verifyTotp accepts: sign-in takes each step once (RFC 6238, 5.2).
std::optional<qint64> totpStep(
    const QByteArray &base32Secret, const QString &code, qint64 unixSeconds);

// A new TOTP secret: 160 random bits (RFC 4226's recommendation), base32.
QByteArray newTotpSecret();

// A password an administrator hands over once (16 characters from an
// alphabet without look-alikes such as 0/O and 1/l/I, about 90 bits).
QString oneTimePassword();

// A numeric one-time code for callers.
QString numericCode(int digits);

bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace WalletDesk::Server::Credentials
