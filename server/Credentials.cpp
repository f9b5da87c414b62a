#include "Credentials.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QtEndian>

#include <algorithm>

namespace WalletDesk::Server::Credentials {

namespace {

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), n / 4);
    return bytes;
}

QByteArray base32Decode(const QByteArray &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : text) {
        int v;
        if (c >= 'A' && c <= 'Z')
            v = c - 'A';
        else if (c >= 'a' && c <= 'z')
            v = c - 'a';
        else if (c >= '2' && c <= '7')
            v = c - '2' + 26;
        else
            continue; // padding and separators
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

QByteArray base32Encode(const QByteArray &bytes)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | quint32(uchar(c));
        bits += 8;
        while (bits >= 5) {
            out.append(alphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(alphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

} // namespace

QByteArray hashPassword(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32)
        .toHex();
}

bool verifyPassword(
    const QString &password, const QByteArray &salt, int iterations, const QByteArray &hash)
{
    return constantTimeEquals(hashPassword(password, salt, iterations), hash);
}

QByteArray randomSalt()
{
    return randomBytes(16).toHex();
}

StoredPassword storedPassword(const QString &password, int iterations)
{
    const QByteArray salt = randomSalt();
    return {QString::fromLatin1(hashPassword(password, salt, iterations)),
        QString::fromLatin1(salt), iterations};
}

QByteArray newToken()
{
    return randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray tokenDigest(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

QString totp(const QByteArray &base32Secret, qint64 unixSeconds)
{
    const QByteArray key = base32Decode(base32Secret);
    QByteArray counter(8, 0);
    qToBigEndian<quint64>(quint64(unixSeconds / 30), counter.data());
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, key, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = ((quint32(uchar(mac.at(offset))) & 0x7f) << 24)
        | (quint32(uchar(mac.at(offset + 1))) << 16) | (quint32(uchar(mac.at(offset + 2))) << 8)
        | quint32(uchar(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

std::optional<qint64> totpStep(
    const QByteArray &base32Secret, const QString &code, qint64 unixSeconds)
{
    // One step either side allows for clock drift between phone and server.
    for (int step = -1; step <= 1; ++step) {
        const qint64 at = unixSeconds + step * 30;
        if (constantTimeEquals(totp(base32Secret, at).toLatin1(), code.toLatin1()))
            return at / 30;
    }
    return std::nullopt;
}

bool verifyTotp(const QByteArray &base32Secret, const QString &code, qint64 unixSeconds)
{
    return totpStep(base32Secret, code, unixSeconds).has_value();
}

QByteArray newTotpSecret()
{
    return base32Encode(randomBytes(20));
}

QString oneTimePassword()
{
    static constexpr char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr int size = int(sizeof(alphabet)) - 1;
    QString password;
    for (int i = 0; i < 16; ++i)
        password.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(size)]));
    return password;
}

QString numericCode(int digits)
{
    QString code;
    for (int i = 0; i < digits; ++i)
        code.append(QLatin1Char(char('0' + QRandomGenerator::system()->bounded(10))));
    return code;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace WalletDesk::Server::Credentials
