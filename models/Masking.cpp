#include "Masking.h"

#include <QRegularExpression>

namespace WalletDesk::Masking {

namespace {

QString digitsOnly(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

QString keepEnds(const QString &s, int head, int tail)
{
    if (s.size() <= head + tail)
        return QString(s.size(), QLatin1Char('*'));
    return s.left(head) + QString(s.size() - head - tail, QLatin1Char('*')) + s.right(tail);
}

} // namespace

QString nationalPhoneDigits(const QString &number)
{
    QString d = digitsOnly(number);
    if (d.startsWith(QLatin1String("0086")))
        d.remove(0, 4);
    else if (d.size() == 13 && d.startsWith(QLatin1String("86")))
        d.remove(0, 2);
    return d;
}

QString phone(const QString &number)
{
    const QString d = nationalPhoneDigits(number);
    if (d.size() < 8)
        return QString(d.size(), QLatin1Char('*'));
    return keepEnds(d, 3, 4);
}

QString card(const QString &number)
{
    const QString d = digitsOnly(number);
    // Short numbers would reveal too much with 6 + 4; show only the last 4.
    if (d.size() < 13)
        return keepEnds(d, 0, qMin(4, d.size() / 2));
    return keepEnds(d, 6, 4);
}

QString idNumber(const QString &number)
{
    if (number.size() < 10)
        return QString(number.size(), QLatin1Char('*'));
    return keepEnds(number, 4, 4);
}

QString name(const QString &fullName)
{
    const QString n = fullName.trimmed();
    if (n.isEmpty())
        return n;
    // Surrogate pairs count as one visible character.
    const QList<uint> code = n.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(code.constData()), 1)
           + QString(code.size() > 1 ? code.size() - 1 : 1, QLatin1Char('*'));
}

QString email(const QString &address)
{
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return QString(address.size(), QLatin1Char('*'));
    return address.left(1) + QStringLiteral("***") + address.mid(at);
}

QString accountNumber(const QString &number)
{
    if (number.size() < 10)
        return keepEnds(number, 0, qMin<qsizetype>(4, number.size() / 2));
    return number.left(4) + QStringLiteral("…") + number.right(4);
}

QString redactCardNumbers(const QString &text)
{
    static const QRegularExpression run(QStringLiteral("(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])"));
    QString out;
    qsizetype last = 0;
    auto it = run.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += card(m.captured());
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace WalletDesk::Masking
