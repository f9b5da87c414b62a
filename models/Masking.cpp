#include "Masking.h"

#include <QList>

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

namespace {

// What people put between the groups of a card number: spaces of every
// width (no-break, thin, ideographic), tabs and line breaks, zero-width
// spaces and joiners, dashes, dots, slashes, and their full-width forms
// from Chinese input methods.
bool isDigitSeparator(char32_t c)
{
    switch (c) {
    case U' ':
    case U'\t':
    case U'\n':
    case U'\r':
    case U'-':
    case U'.':
    case U'/':
    case U'_':
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF: // zero-width
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212: // hyphens and dashes
    case 0x30FB:
    case 0xFF0D:
    case 0xFF0E:
    case 0xFF0F:
    case 0xFF3F: // ・ － ． ／ ＿
        return true;
    default:
        return QChar::category(c) == QChar::Separator_Space;
    }
}

constexpr int maxSeparatorsInARow = 3;

// The code point at i and its length in UTF-16 units (digits outside the
// Basic Multilingual Plane, such as mathematical bold digits, are two).
char32_t codePointAt(const QString &text, qsizetype i, int *length)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *length = 1;
    return c.unicode();
}

QString redactOnce(const QString &text)
{
    struct Group
    {
        qsizetype start, end; // in text
        QString digits; // as ASCII
    };
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype copied = 0; // text before this is in out
    int length = 1;
    const auto isDigitAt
        = [&](qsizetype i) { return QChar::isDigit(codePointAt(text, i, &length)); };

    qsizetype i = 0;
    while (i < n) {
        if (!isDigitAt(i)) {
            i += length;
            continue;
        }
        // One run: groups of digits of any script joined by at most a few
        // separators in a row.
        QList<Group> run;
        qsizetype j = i;
        while (j < n) {
            Group g {j, j, {}};
            while (j < n && isDigitAt(j)) {
                g.digits += QChar(u'0' + QChar::digitValue(codePointAt(text, j, &length)));
                j += length;
            }
            g.end = j;
            run.append(g);
            qsizetype k = j;
            int separators = 0;
            while (k < n && separators < maxSeparatorsInARow
                && isDigitSeparator(codePointAt(text, k, &length))) {
                k += length;
                ++separators;
            }
            if (k == j || k == n || !isDigitAt(k))
                break;
            j = k;
        }
        QString digits;
        for (const Group &g : run)
            digits += g.digits;
        const qsizetype start = run.first().start;
        // "+86 138 0013 8000" is a mobile number in international form; one
        // unbroken run longer than a card is an order number. Any other run
        // of 13 digits or more may hold a card, wherever it starts in the
        // run: all but its first 6 and last 4 digits are masked.
        const bool phone = start > 0 && text.at(start - 1) == u'+' && digits.size() == 13
            && digits.startsWith(QLatin1String("861"));
        const bool orderNumber = run.size() == 1 && digits.size() > 19;
        if (digits.size() >= 13 && !phone && !orderNumber) {
            out += QStringView(text).mid(copied, start - copied);
            out += card(digits);
            copied = run.last().end;
        }
        i = run.last().end;
    }
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace

QString redactCardNumbers(const QString &text)
{
    // One pass masks every run; a second finds nothing (tested), but the
    // loop keeps "masking twice is masking once" true whatever a future
    // rule adds. Each pass that changes anything hides digits, so it ends.
    QString current = text;
    for (;;) {
        QString next = redactOnce(current);
        if (next == current)
            return next;
        current = std::move(next);
    }
}

} // namespace WalletDesk::Masking
