// libFuzzer target: the CSV writer of app/ (CsvFile::field, line, write; the
// paged export writes its lines with CsvFile::line). Input:
// UTF-8 text, rows split at 0x1E and fields at 0x1F. Properties: no crash or
// sanitizer report; a spreadsheet reading the file (RFC 4180) gets back every
// field as written, except that text starting like a formula (= + - @ tab CR)
// gets a leading apostrophe; no cell starts like a formula.

#include "CsvFile.h"
#include "FuzzCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace WalletDesk;

namespace {

// RFC 4180 as a spreadsheet reads it: the test oracle, not the code under test.
std::optional<QList<QStringList>> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, afterQuote = false, atFieldStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && atFieldStart) {
            quoted = true;
            atFieldStart = false;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            afterQuote = false;
            atFieldStart = true;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
            && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            afterQuote = false;
            atFieldStart = true;
            ++i;
        } else {
            if (afterQuote || c == QLatin1Char('"') || c == QLatin1Char('\n')
                || c == QLatin1Char('\r'))
                return std::nullopt; // not valid RFC 4180: text after a closing quote, a bare quote
                                     // or line break
            field += c;
            atFieldStart = false;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        return std::nullopt; // the last line must end with CRLF
    return rows;
}

bool startsLikeFormula(const QString &s)
{
    return !s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s.front());
}

QString show(const QList<QStringList> &rows)
{
    QStringList lines;
    for (const QStringList &row : rows)
        lines << QLatin1Char('[') + row.join(QStringLiteral("] [")) + QLatin1Char(']');
    return lines.join(QLatin1Char('\n'));
}

QString scratchFile()
{
    static QTemporaryDir dir;
    return dir.filePath(QStringLiteral("export.csv"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QStringList> rows;
    for (const QString &line : text.split(QChar(0x1E)))
        rows << line.split(QChar(0x1F));

    QByteArray expectedFile = CsvFile::byteOrderMark();
    QList<QStringList> expected;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &f : row) {
            cells << (startsLikeFormula(f) ? QLatin1Char('\'') + f : f);
        }
        expected << cells;
        expectedFile += CsvFile::line(row);
    }

    const QString written = QString::fromUtf8(expectedFile.mid(CsvFile::byteOrderMark().size()));
    const auto parsed = parseCsv(written);
    Fuzz::check(parsed.has_value(), "CsvFile writes text that is not RFC 4180 CSV", written);
    Fuzz::check(*parsed == expected, "a spreadsheet reads other cells than were written",
        QStringLiteral("written:\n%1\nread:\n%2\nexpected:\n%3")
            .arg(written, show(*parsed), show(expected)));
    for (const QStringList &row : *parsed) {
        for (const QString &cell : row)
            Fuzz::check(!startsLikeFormula(cell), "a cell starts like a formula", cell);
    }

    // The whole file, as the dashboard's export writes it: only for one input
    // in 32, since QSaveFile syncs the file to disk and would halve the speed.
    if (size % 32 != 0)
        return 0;
    QString error;
    Fuzz::check(CsvFile::write(scratchFile(), rows, &error), "CsvFile::write failed", error);
    QFile file(scratchFile());
    Fuzz::check(file.open(QIODevice::ReadOnly), "the written file cannot be read back");
    Fuzz::check(file.readAll() == expectedFile, "CsvFile::write wrote other bytes than its lines");
    return 0;
}
