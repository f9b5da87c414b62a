#include "TelUri.h"

#include <QRegularExpression>
#include <QUrl>

namespace WalletDesk {

namespace {
const QLatin1String scheme("tel:");
} // namespace

bool TelUri::isTelUri(const QString &argument)
{
    return argument.startsWith(scheme, Qt::CaseInsensitive);
}

std::optional<QString> TelUri::callerNumber(const QString &uri)
{
    if (!isTelUri(uri) || uri.size() > 256)
        return std::nullopt;
    QString number = uri.mid(scheme.size());
    // Some dialers write tel://NUMBER, as if it had an authority.
    if (number.startsWith(QLatin1String("//")))
        number.remove(0, 2);
    // Parameters (;ext=, ;phone-context=, ;isub=) do not change who calls.
    number = number.section(QLatin1Char(';'), 0, 0);
    // Browsers and desktops may hand it over percent-encoded (%2B for +,
    // %20 for the spaces some softphones put in).
    number = QUrl::fromPercentEncoding(number.toUtf8());
    // RFC 3966's visual separators are - . ( ); spaces are not in the RFC but
    // common. Anything else (letters, *, #, a second +) is not a number a
    // caller has.
    static const QRegularExpression shape(QStringLiteral("^\\+?[0-9\\-.() ]+$"));
    if (!shape.match(number).hasMatch())
        return std::nullopt;
    const bool global = number.startsWith(QLatin1Char('+'));
    number.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    // E.164 numbers have at most 15 digits; service numbers (95188) 3 or more.
    if (number.size() < 3 || number.size() > 15)
        return std::nullopt;
    if (global)
        number.prepend(QLatin1Char('+'));
    return number;
}

} // namespace WalletDesk
