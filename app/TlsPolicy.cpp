#include "TlsPolicy.h"

#include "AeadCiphers.h"

#include "ConsoleSettings.h"

#include <QCryptographicHash>
#include <QSslCipher>
#include <QSslKey>

namespace WalletDesk {

QList<QSslCipher> TlsPolicy::aeadCiphers()
{
    return WalletDesk::aeadCiphers(); // the server offers the same list
}

QSslConfiguration TlsPolicy::baseConfiguration()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setCiphers(aeadCiphers());
    return configuration;
}

TlsPolicy TlsPolicy::fromSettings(const ConsoleSettings &settings, QString *error)
{
    TlsPolicy policy;
    policy.m_configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!settings.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(settings.caFile, QSsl::Pem);
        if (extra.isEmpty()) {
            *error = tr("The CA file %1 holds no PEM certificate.").arg(settings.caFile);
            return policy;
        }
        QList<QSslCertificate> all = QSslConfiguration::systemCaCertificates();
        all += extra;
        policy.m_configuration.setCaCertificates(all);
    }
    if (!settings.pinSha256.isEmpty()) {
        policy.m_pin = QByteArray::fromBase64(settings.pinSha256.toLatin1());
        if (policy.m_pin.size() != 32)
            *error = tr("The public-key pin must be a base64 SHA-256 digest (44 characters).");
    }
    return policy;
}

QByteArray TlsPolicy::spkiSha256(const QSslCertificate &certificate)
{
    // The pin covers the SubjectPublicKeyInfo, as in HTTP public-key pinning.
    return QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256);
}

bool TlsPolicy::matchesPin(const QSslCertificate &certificate) const
{
    return m_pin.isEmpty() || spkiSha256(certificate) == m_pin;
}

QString TlsPolicy::describe(const QList<QSslError> &errors)
{
    QStringList reasons;
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::CertificateExpired:
            reasons << tr("the server's certificate has expired");
            break;
        case QSslError::CertificateNotYetValid:
            reasons << tr("the server's certificate is not valid yet");
            break;
        case QSslError::HostNameMismatch:
            reasons << tr("the server's certificate is for another host name");
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            reasons << tr("the server's certificate is not signed by a trusted authority");
            break;
        default:
            reasons << e.errorString();
        }
    }
    reasons.removeDuplicates();
    return tr("Secure connection refused: %1.").arg(reasons.join(QLatin1String("; ")));
}

} // namespace WalletDesk
