#include "TransactionExport.h"

#include "DisplayNames.h"

namespace WalletDesk {

TransactionExport::TransactionExport(
    PageLoader<Transaction>::Fetcher fetcher, const QString &path, QObject *parent)
    : PagedCsvExport(fieldsOf<Transaction>(std::move(fetcher), &TransactionExport::fields),
        header(), path, parent)
{
}

QStringList TransactionExport::header()
{
    return {tr("Time"), tr("Order number"), tr("Type"), tr("Status"), tr("Amount (yuan)"),
        tr("Fee (yuan)"), tr("Merchant or counterparty"), tr("Failure reason"), tr("Money taken"),
        tr("Reversal due"), tr("Bank"), tr("Card"), tr("Expected arrival")};
}

QStringList TransactionExport::fields(const Transaction &t)
{
    return {DisplayNames::time(t.createdAt, QStringLiteral("yyyy-MM-dd HH:mm:ss")), t.orderNumber,
        DisplayNames::transactionType(t.type), DisplayNames::transactionStatus(t.status),
        t.amount.toDecimalString(), t.fee.toDecimalString(),
        t.merchant.isEmpty() ? t.counterparty : t.merchant, t.failureReason,
        t.status == TransactionStatus::Failed ? (t.debited ? tr("yes") : tr("no")) : QString(),
        t.reversalDue ? t.reversalDue->toString(Qt::ISODate) : QString(), t.bankName, t.maskedCard,
        t.expectedArrival ? t.expectedArrival->toString(Qt::ISODate) : QString()};
}

} // namespace WalletDesk
