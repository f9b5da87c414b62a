#pragma once

#include "PagedCsvExport.h"
#include "Transaction.h"

namespace WalletDesk {

// The transaction log as CSV: every page of the fetcher (the filtered log),
// in the columns a call-center report needs, money in yuan.
class TransactionExport : public PagedCsvExport
{
    Q_OBJECT

public:
    TransactionExport(
        PageLoader<Transaction>::Fetcher fetcher, const QString &path, QObject *parent = nullptr);

    static QStringList header();
    static QStringList fields(const Transaction &t);
};

} // namespace WalletDesk
