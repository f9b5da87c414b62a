#include "Money.h"

#include <QRegularExpression>

namespace WalletDesk {

Money Money::read(JsonReader &r)
{
    Money m;
    m.fen = r.integer(QStringLiteral("fen"), -maxFen, maxFen);
    m.currency = r.string(QStringLiteral("currency"), 3);
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    if (r.ok())
        r.check(code.match(m.currency).hasMatch(), QStringLiteral("currency"),
            QStringLiteral("must be a three-letter ISO 4217 code"));
    return m;
}

QJsonObject Money::toJson() const
{
    return {{QStringLiteral("fen"), fen}, {QStringLiteral("currency"), currency}};
}

QString Money::toDecimalString() const
{
    const qint64 magnitude = fen < 0 ? -fen : fen;
    return QStringLiteral("%1%2.%3")
        .arg(fen < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toPlainString() const
{
    return toGroupedString() + QLatin1Char(' ') + currency;
}

QString Money::toGroupedString() const
{
    const qint64 whole = (fen < 0 ? -fen : fen) / 100;
    const qint64 cents = (fen < 0 ? -fen : fen) % 100;
    QString digits = QString::number(whole);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return (fen < 0 ? QStringLiteral("-") : QString()) + digits + QLatin1Char('.')
        + QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
}

} // namespace WalletDesk
