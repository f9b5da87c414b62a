#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace WalletDesk {

// CSV as spreadsheet programs read it: UTF-8 with a byte-order mark, CRLF,
// quoted where needed, and text that would run as a formula made plain.
class CsvFile
{
    Q_DECLARE_TR_FUNCTIONS(CsvFile)

public:
    static QString field(const QString &text);
    static QByteArray line(const QStringList &fields);
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
    // The whole file at once, replacing path only when every row is written.
    static bool write(const QString &path, const QList<QStringList> &rows, QString *error);
};

} // namespace WalletDesk
