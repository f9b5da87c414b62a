#include "AuditLogModel.h"

#include "AuditTexts.h"
#include "DisplayNames.h"

namespace WalletDesk {

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditLogModel::setFetcher(Fetcher fetcher)
{
    beginResetModel();
    m_rows.clear();
    m_pages.reset(std::move(fetcher));
    endResetModel();
}

void AuditLogModel::setAgentNames(const QHash<qint64, QString> &names)
{
    m_agentNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AgentColumn), index(int(m_rows.size()) - 1, AgentColumn));
}

void AuditLogModel::setReference(const ReferenceData &reference, Language language)
{
    m_reference = reference;
    m_language = language;
    retranslate();
}

void AuditLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString AuditLogModel::agentName(qint64 id) const
{
    return m_agentNames.value(id, tr("Agent no. %1").arg(id));
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pages.canFetch();
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_pages.fetch(this, [this](const QList<AuditEntry> &rows, const QString &error) {
            appendPage(rows, error);
        });
}

void AuditLogModel::appendPage(const QList<AuditEntry> &rows, const QString &error)
{
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows += rows;
        endInsertRows();
    }
    if (!error.isEmpty())
        Q_EMIT fetchFailed(error);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::text(const AuditEntry &e, int column) const
{
    switch (column) {
    case TimeColumn:
        return DisplayNames::time(e.at, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case AgentColumn:
        return agentName(e.agentId);
    case ActionColumn:
        return AuditTexts::action(e.action);
    case AccountColumn:
        // The server sends the number masked; an id only if the account is gone.
        if (!e.accountNumber.isEmpty())
            return e.accountNumber;
        return e.accountId ? tr("Account no. %1").arg(*e.accountId) : QString();
    case CallColumn:
        if (e.callId.isEmpty())
            return {};
        if (!e.callStartedAt)
            return tr("A call (time unknown)");
        if (!e.callAgentId)
            return DisplayNames::time(*e.callStartedAt);
        // "2026-11-27 08:14, 李雷": when the call began and who took it.
        return tr("%1, %2").arg(DisplayNames::time(*e.callStartedAt), agentName(*e.callAgentId));
    case ReasonColumn:
        return e.reason;
    case DetailColumn:
        return AuditTexts::detail(e, m_reference, m_language);
    }
    return {};
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return text(m_rows.at(index.row()), index.column());
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AgentColumn:
        return tr("Agent");
    case ActionColumn:
        return tr("Action");
    case AccountColumn:
        return tr("Account");
    case CallColumn:
        return tr("Call");
    case ReasonColumn:
        return tr("Reason");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

} // namespace WalletDesk
