#include "TransactionListModel.h"
#include "DisplayNames.h"
#include "RowTint.h"

namespace WalletDesk {

TransactionListModel::TransactionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TransactionListModel::setFetchers(Fetcher older, Fetcher newer)
{
    const bool wasLoading = isLoading();
    beginResetModel();
    m_pages.reset(std::move(older));
    m_newer.reset(std::move(newer));
    m_rows.clear();
    m_error.clear();
    endResetModel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

bool TransactionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pages.canFetch();
}

void TransactionListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_pages.fetch(this,
        [this](const QList<Transaction> &rows, const QString &error) { appendPage(rows, error); });
    Q_EMIT loadingChanged(true);
}

void TransactionListModel::fetchNewer()
{
    if (!m_newer.canFetch())
        return;
    m_newer.fetch(this,
        [this](const QList<Transaction> &rows, const QString &error) { prependPage(rows, error); });
    Q_EMIT loadingChanged(true);
}

void TransactionListModel::prependPage(const QList<Transaction> &rows, const QString &error)
{
    m_error = error;
    if (!rows.isEmpty()) {
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_rows.insert(m_rows.begin(), rows.cbegin(), rows.cend());
        endInsertRows();
    }
    Q_EMIT loadingChanged(false);
    if (!error.isEmpty())
        Q_EMIT fetchFailed(error);
}

void TransactionListModel::appendPage(const QList<Transaction> &rows, const QString &error)
{
    m_error = error;
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows.insert(m_rows.end(), rows.cbegin(), rows.cend());
        endInsertRows();
    }
    Q_EMIT loadingChanged(false);
    if (!error.isEmpty())
        Q_EMIT fetchFailed(error);
}

TransactionListModel::Exception TransactionListModel::exceptionAt(int row) const
{
    const Transaction &t = m_rows.at(row);
    if (t.status == TransactionStatus::Failed && t.debited)
        return Exception::FailedButDebited;
    if (t.isPendingTooLong(QDateTime::currentDateTimeUtc()))
        return Exception::PendingTooLong;
    // Neighbours only: the log is newest first, so a repeat sits close by.
    for (int i = qMax(0, row - 5); i < qMin<int>(int(m_rows.size()), row + 6); ++i) {
        if (i != row && t.looksLikeRepeatOf(m_rows.at(i)))
            return Exception::DuplicateCharge;
    }
    return Exception::None;
}

RowTint::Tint TransactionListModel::tint(Exception exception)
{
    switch (exception) {
    case Exception::FailedButDebited:
        return RowTint::Tint::Alert;
    case Exception::DuplicateCharge:
        return RowTint::Tint::Warning;
    case Exception::PendingTooLong:
        return RowTint::Tint::Notice;
    case Exception::None:
        break;
    }
    return RowTint::Tint::None;
}

QString TransactionListModel::exceptionText(Exception exception)
{
    switch (exception) {
    case Exception::FailedButDebited:
        return tr("debited");
    case Exception::DuplicateCharge:
        return tr("possible double charge");
    case Exception::PendingTooLong:
        return tr("pending too long");
    case Exception::None:
        break;
    }
    return {};
}

QString TransactionListModel::statusText(int row) const
{
    // The tint is for the eye; these words are for everyone, a screen
    // reader and a colour-blind agent included.
    const QString status = DisplayNames::transactionStatus(m_rows.at(row).status);
    const QString exception = exceptionText(exceptionAt(row));
    return exception.isEmpty() ? status : tr("%1 · %2").arg(status, exception);
}

int TransactionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransactionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Transaction &t = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return t.id;
    case ExceptionRole:
        return QVariant::fromValue(exceptionAt(index.row()));
    case RowTint::Role:
        return QVariant::fromValue(tint(exceptionAt(index.row())));
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Time:
            return DisplayNames::time(t.createdAt);
        case Type:
            return DisplayNames::transactionType(t.type);
        case OrderNumber:
            return t.orderNumber;
        case Amount:
            return DisplayNames::amount(t.amount);
        case Status:
            return statusText(index.row());
        case Party:
            return t.merchant.isEmpty() ? (t.counterparty.isEmpty() ? t.bankName : t.counterparty)
                                        : t.merchant;
        }
    }
    return {};
}

QVariant TransactionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Type:
        return tr("Type");
    case OrderNumber:
        return tr("Order number");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    case Party:
        return tr("Merchant / counterparty");
    }
    return {};
}

} // namespace WalletDesk
