#include "ComplaintListModel.h"

#include "DisplayNames.h"
#include "WorkingCalendar.h"

#include <algorithm>

namespace WalletDesk {

namespace {
bool dueBefore(const Complaint &a, const Complaint &b)
{
    return a.dueAt != b.dueAt ? a.dueAt < b.dueAt : a.id < b.id;
}
} // namespace

ComplaintListModel::ComplaintListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComplaintListModel::setComplaints(QList<Complaint> complaints)
{
    std::sort(complaints.begin(), complaints.end(), dueBefore);
    m_pages.reset(nullptr);
    beginResetModel();
    m_rows = std::move(complaints);
    endResetModel();
}

void ComplaintListModel::setFetcher(Fetcher fetcher)
{
    beginResetModel();
    m_rows.clear();
    m_pages.reset(std::move(fetcher));
    endResetModel();
}

bool ComplaintListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pages.canFetch();
}

void ComplaintListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_pages.fetch(this, [this](const QList<Complaint> &rows, const QString &error) {
            appendPage(rows, error);
        });
}

void ComplaintListModel::appendPage(const QList<Complaint> &rows, const QString &error)
{
    QList<Complaint> fresh;
    for (const Complaint &c : rows) {
        // Already here when the changes feed delivered it before its page.
        if (std::none_of(
                m_rows.cbegin(), m_rows.cend(), [&](const Complaint &o) { return o.id == c.id; }))
            fresh.append(c);
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows += fresh;
        endInsertRows();
    }
    if (!error.isEmpty())
        Q_EMIT fetchFailed(error);
}

ComplaintListModel::DueState ComplaintListModel::dueState(const Complaint &c, const QDateTime &now)
{
    if (c.status == ComplaintStatus::Resolved)
        return DueState::Closed;
    if (c.dueAt < now)
        return DueState::Overdue;
    // Deadlines end at midnight China time: "today" is the China-time day.
    return WorkingCalendar::localDate(c.dueAt) == WorkingCalendar::localDate(now)
        ? DueState::DueToday
        : DueState::OnTrack;
}

void ComplaintListModel::setReference(const ReferenceData &reference, Language language)
{
    m_reference = reference;
    m_language = language;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ComplaintListModel::setAgents(const QList<Agent> &agents)
{
    m_agentNames.clear();
    for (const Agent &a : agents)
        m_agentNames.insert(a.id, a.displayName);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AssigneeColumn), index(int(m_rows.size()) - 1, AssigneeColumn));
}

QString ComplaintListModel::timeLeftText(const Complaint &c, const QDateTime &now)
{
    if (c.status == ComplaintStatus::Resolved)
        return tr("resolved");
    const qint64 seconds = now.secsTo(c.dueAt);
    const qint64 hours = qAbs(seconds) / 3600;
    // Whole days once there is at least one, hours below that.
    if (seconds >= 0)
        return hours >= 24 ? tr("%1 d left").arg(hours / 24) : tr("%1 h left").arg(hours);
    return hours >= 24 ? tr("overdue by %1 d").arg(hours / 24)
                       : tr("overdue by %1 h").arg(qMax<qint64>(1, hours));
}

int ComplaintListModel::insertionRow(const Complaint &complaint) const
{
    return int(
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), complaint, dueBefore) - m_rows.cbegin());
}

void ComplaintListModel::upsert(const Complaint &complaint)
{
    const auto it = std::find_if(
        m_rows.cbegin(), m_rows.cend(), [&](const Complaint &c) { return c.id == complaint.id; });
    const bool accepted = !m_accepts || m_accepts(complaint);
    if (it != m_rows.cend()) {
        const int row = int(it - m_rows.cbegin());
        if (accepted && m_rows.at(row).dueAt == complaint.dueAt) {
            m_rows[row] = complaint;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    if (!accepted)
        return;
    const int row = insertionRow(complaint);
    if (m_pages.hasMore() && row == m_rows.size())
        return; // beyond what is loaded: it comes with its page
    beginInsertRows({}, row, row);
    m_rows.insert(row, complaint);
    endInsertRows();
}

int ComplaintListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplaintListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Complaint &c = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return c.id;
    case DueRole:
        return c.dueAt;
    case OverdueRole:
        return c.status != ComplaintStatus::Resolved && c.dueAt < QDateTime::currentDateTimeUtc();
    case RowTint::Role:
        switch (dueState(c, QDateTime::currentDateTimeUtc())) {
        case DueState::Overdue:
            return QVariant::fromValue(RowTint::Tint::Alert);
        case DueState::DueToday:
            return QVariant::fromValue(RowTint::Tint::Warning);
        case DueState::Closed:
        case DueState::OnTrack:
            break;
        }
        return QVariant::fromValue(RowTint::Tint::None);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case IdColumn:
            return c.id;
        case CategoryColumn:
            return m_reference.categoryName(c.draft.categoryCode, m_language);
        case StatusColumn:
            return DisplayNames::complaintStatus(c.status);
        case SeverityColumn:
            return DisplayNames::severity(c.draft.severity);
        case ChannelColumn:
            return m_reference.channelName(c.draft.channel, m_language);
        case AccountColumn:
            return c.accountNumberMasked.isEmpty() ? tr("no account") : c.accountNumberMasked;
        case AssigneeColumn:
            if (!c.assignee)
                return tr("unassigned");
            return m_agentNames.value(*c.assignee, tr("agent %1").arg(*c.assignee));
        case CreatedColumn:
            return DisplayNames::time(c.createdAt);
        case TimeLeftColumn:
            return timeLeftText(c, QDateTime::currentDateTimeUtc());
        case DueColumn: {
            const QString due = DisplayNames::time(c.dueAt);
            // In words too: the tint alone says nothing to a screen reader.
            switch (dueState(c, QDateTime::currentDateTimeUtc())) {
            case DueState::Overdue:
                return tr("%1 · overdue").arg(due);
            case DueState::DueToday:
                return tr("%1 · due today").arg(due);
            case DueState::Closed:
            case DueState::OnTrack:
                break;
            }
            return due;
        }
        }
    }
    return {};
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("No.");
    case CategoryColumn:
        return tr("Category");
    case StatusColumn:
        return tr("Status");
    case SeverityColumn:
        return tr("Severity");
    case ChannelColumn:
        return tr("Channel");
    case AccountColumn:
        return tr("Account");
    case AssigneeColumn:
        return tr("Assignee");
    case CreatedColumn:
        return tr("Created");
    case DueColumn:
        return tr("Due");
    case TimeLeftColumn:
        return tr("Time left");
    }
    return {};
}

} // namespace WalletDesk
