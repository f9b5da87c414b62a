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
// width (no-break, thin, ideographic), dashes, dots, slashes, and their
// full-width forms from Chinese input methods.
bool isDigitSeparator(QChar c)
{
    switch (c.unicode()) {
    case u' ': case u'-': case u'.': case u'/': case u'_':
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: // hyphens and dashes
    case 0x30FB: case 0xFF0D: case 0xFF0E: case 0xFF0F: case 0xFF3F: // ・ － ． ／ ＿
        return true;
    default:
        return c.category() == QChar::Separator_Space;
    }
}

constexpr int maxSeparatorsInARow = 3;

} // namespace

namespace {
QString redactOnce(const QString &text);
} // namespace

QString redactCardNumbers(const QString &text)
{
    // Masking a number can leave its last four digits next to another
    // number, together as long as a card ("123456*********7890 146789062"):
    // again until nothing changes, so that the result holds no card number
    // and masking twice is masking once. Each pass hides digits, so this ends.
    QString current = text;
    for (;;) {
        QString next = redactOnce(current);
        if (next == current)
            return next;
        current = std::move(next);
    }
}

namespace {

QString redactOnce(const QString &text)
{
    struct Group
    {
        qsizetype start, end; // in text
        QString digits;       // as ASCII
    };
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype copied = 0; // text before this is in out

    // Masks groups [first, last] as one number when they hold 13 to 19
    // digits, and copies what lies before them unchanged.
    const auto flush = [&](const QList<Group> &groups) {
        if (groups.isEmpty())
            return;
        QString digits;
        for (const Group &g : groups)
            digits += g.digits;
        const qsizetype start = groups.first().start;
        // "+86 138 0013 8000" is a mobile number in international form.
        const bool phone = start > 0 && text.at(start - 1) == u'+' && digits.size() == 13
                           && digits.startsWith(QLatin1String("861"));
        if (digits.size() < 13 || digits.size() > 19 || phone)
            return;
        out += QStringView(text).mid(copied, start - copied);
        out += card(digits);
        copied = groups.last().end;
    };

    qsizetype i = 0;
    while (i < n) {
        if (!text.at(i).isDigit()) {
            ++i;
            continue;
        }
        // One run: groups of digits (any script's, full-width ones too)
        // joined by at most a few separators in a row.
        QList<Group> run;
        qsizetype j = i;
        while (j < n) {
            Group g{j, j, {}};
            while (j < n && text.at(j).isDigit())
                g.digits += QChar(u'0' + text.at(j++).digitValue());
            g.end = j;
            run.append(g);
            qsizetype k = j;
            while (k < n && k - j < maxSeparatorsInARow && isDigitSeparator(text.at(k)))
                ++k;
            if (k == j || k == n || !text.at(k).isDigit())
                break;
            j = k;
        }
        // Groups left to right into numbers of at most 19 digits: two card
        // numbers joined by a slash are two cards, while one unbroken run
        // longer than a card (an order number) stays as it is.
        QList<Group> number;
        qsizetype digits = 0;
        for (const Group &g : run) {
            if (digits + g.digits.size() > 19) {
                flush(number);
                number.clear();
                digits = 0;
            }
            number.append(g);
            digits += g.digits.size();
        }
        flush(number);
        i = run.last().end;
    }
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace

} // namespace WalletDesk::Masking
