#include "HolidayListParser.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

#include <algorithm>

namespace WalletDesk {

namespace {

QDate readDate(const QString &word)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(word).hasMatch())
        return {};
    return QDate::fromString(word, Qt::ISODate);
}

std::optional<HolidayKind> readKind(const QString &word)
{
    if (word == QStringLiteral("休") || word == QStringLiteral("放假"))
        return HolidayKind::Holiday;
    if (word == QStringLiteral("班") || word == QStringLiteral("上班"))
        return HolidayKind::Workday;
    return std::nullopt;
}

} // namespace

HolidayListParser::Result HolidayListParser::parse(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("[\\s\\x{3000}]+"));
    Result result;
    QSet<QDate> seen;
    const QStringList lines = text.split(QLatin1Char('\n'));
    auto fail = [&](Problem problem, int line) {
        Result failed;
        failed.problem = problem;
        failed.line = line;
        failed.text = lines.at(line - 1).trimmed();
        return failed;
    };
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList words = line.split(space, Qt::SkipEmptyParts);
        const QDate from = readDate(words.takeFirst());
        if (!from.isValid())
            return fail(Problem::BadDate, lineNo);
        QDate to = from;
        if (!words.isEmpty()
            && (words.first() == QStringLiteral("至") || words.first() == QStringLiteral("~"))) {
            words.removeFirst();
            to = words.isEmpty() ? QDate() : readDate(words.takeFirst());
            if (!to.isValid())
                return fail(Problem::BadDate, lineNo);
            if (to < from || from.daysTo(to) >= maxRangeDays)
                return fail(Problem::BadRange, lineNo);
        }
        const auto kind = words.isEmpty() ? std::nullopt : readKind(words.takeLast());
        if (!kind)
            return fail(Problem::NoKind, lineNo);
        const QString name = words.join(QLatin1Char(' '));
        if (name.isEmpty())
            return fail(Problem::NoName, lineNo);
        if (name.size() > maxNameLength)
            return fail(Problem::NameTooLong, lineNo);
        const bool range = to != from;
        if (range && *kind == HolidayKind::Workday)
            return fail(Problem::RangeOfWorkdays, lineNo);
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            if (range && d.dayOfWeek() >= Qt::Saturday)
                continue;
            if (seen.contains(d))
                return fail(Problem::Duplicate, lineNo);
            seen.insert(d);
            result.days.append(Holiday {d, *kind, name});
        }
    }
    if (result.days.isEmpty())
        return Result {{}, Problem::Empty, 0, {}};
    std::sort(result.days.begin(), result.days.end(),
        [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return result;
}

} // namespace WalletDesk
