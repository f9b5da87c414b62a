#include "AuditApi.h"

#include "AuditEntry.h"
#include "HttpError.h"
#include "Masking.h"
#include "PageBuilder.h"

#include <QRegularExpression>

namespace WalletDesk::Server {

namespace {

constexpr qint64 maxId = Q_INT64_C(1) << 52;
// A call's first entry is looked for this long before the page's oldest
// entry: no call lasts longer, and the search stays a range of audit_at.
constexpr qint64 longestCallMs = 12 * 3600 * 1000;

// An account as a supervisor types it: the full number, or the masked form
// the console shows ("8800…0001", also with "..." or "*"), as a LIKE pattern
// on account_no. Only digits survive, so the pattern has no wildcards of its
// own; an empty result means the text names no account.
QString accountPattern(const QString &text)
{
    static const QRegularExpression gap(QStringLiteral("…|\\.{2,}|\\*+"));
    const QStringList parts = text.trimmed().split(gap);
    if (parts.size() > 2)
        return {};
    QStringList digits;
    for (const QString &part : parts) {
        QString d;
        for (QChar c : part) {
            if (c.isDigit() && c.unicode() < 0x80)
                d += c;
            else if (!c.isSpace())
                return {};
        }
        digits << d;
    }
    if (digits.join(QString()).size() < 4)
        return {};
    return digits.join(QStringLiteral("%"));
}

} // namespace

void AuditApi::registerRoutes(Router &router)
{
    router.add(Router::Method::Get, QStringLiteral("/api/v1/audit"), Access::Supervisor,
        [this](RequestContext &r) { return query(r); });
}

Reply AuditApi::query(RequestContext &request)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList binds;
    if (const auto agent = request.queryInteger(QStringLiteral("agentId"), 1, maxId)) {
        where += QStringLiteral(" AND a.agent_id = ?");
        binds << *agent;
    }
    if (const auto account = request.queryInteger(QStringLiteral("accountId"), 1, maxId)) {
        where += QStringLiteral(" AND a.account_id = ?");
        binds << *account;
    }
    if (const auto number = request.queryString(QStringLiteral("account"), 40)) {
        const QString pattern = accountPattern(*number);
        if (pattern.isEmpty())
            throw HttpError::badRequest(QStringLiteral("account"),
                QStringLiteral("an account number, full or masked (8800…0001)"));
        where += QStringLiteral(
            " AND a.account_id IN (SELECT id FROM accounts WHERE account_no LIKE ?)");
        binds << pattern;
    }
    if (const auto action = request.queryString(QStringLiteral("action"), 60)) {
        // "complaint" matches every complaint.* action; "complaint.resolve" only itself.
        where += QStringLiteral(" AND (a.action = ? OR a.action LIKE ?)");
        binds << *action
              << QString(QString(*action).remove(QLatin1Char('%')).remove(QLatin1Char('_'))
                     + QStringLiteral(".%"));
    }
    if (const auto from = request.queryDate(QStringLiteral("from"))) {
        where += QStringLiteral(" AND a.at > ?");
        binds << WorkingCalendar::endOfDay(from->addDays(-1)).toMSecsSinceEpoch();
    }
    if (const auto to = request.queryDate(QStringLiteral("to"))) {
        where += QStringLiteral(" AND a.at <= ?");
        binds << WorkingCalendar::endOfDay(*to).toMSecsSinceEpoch();
    }
    if (const auto before = request.queryInteger(QStringLiteral("cursor"), 1, maxId)) {
        where += QStringLiteral(" AND a.id < ?");
        binds << *before;
    }
    const int limit = request.pageLimit(100, 500);
    binds << limit + 1;
    Rows q = m_ctx.db().exec(
        QStringLiteral("SELECT a.id, a.at, a.agent_id, a.action, a.account_id, a.call_id,"
                       " a.reason, a.detail, acc.account_no FROM audit a"
                       " LEFT JOIN accounts acc ON acc.id = a.account_id")
            + where + QStringLiteral(" ORDER BY a.id DESC LIMIT ?"),
        binds);
    QList<AuditEntry> entries;
    while (q.next() && entries.size() < limit + 1) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = ServerContext::fromMs(q.value(1).toLongLong());
        e.agentId = q.value(2).toLongLong();
        e.action = q.value(3).toString();
        if (!q.value(4).isNull())
            e.accountId = q.value(4).toLongLong();
        e.callId = q.value(5).toString();
        e.reason = q.value(6).toString();
        e.detail = q.value(7).toString();
        // Masked here, where every entry passes: the full number never leaves.
        if (!q.value(8).isNull())
            e.accountNumber = Masking::accountNumber(q.value(8).toString());
        entries << e;
    }
    addCalls(entries);
    PageBuilder page(limit);
    for (const AuditEntry &e : std::as_const(entries)) {
        if (!page.hasRoom())
            break;
        page.add(e.toJson(), QString::number(e.id));
    }
    return page.reply();
}

void AuditApi::addCalls(QList<AuditEntry> &entries) const
{
    // One query for the page's wrapped-up calls (through calls_account: a
    // call's entries carry its account), one for the rest (a range of
    // audit_at): never a query per entry.
    QSet<QString> callIds;
    QSet<qint64> accounts;
    qint64 oldest = std::numeric_limits<qint64>::max();
    qint64 newest = 0;
    for (const AuditEntry &e : std::as_const(entries)) {
        if (e.callId.isEmpty())
            continue;
        callIds.insert(e.callId);
        if (e.accountId)
            accounts.insert(*e.accountId);
        oldest = qMin(oldest, e.at.toMSecsSinceEpoch());
        newest = qMax(newest, e.at.toMSecsSinceEpoch());
    }
    if (callIds.isEmpty())
        return;
    QHash<QString, QPair<QDateTime, qint64>> calls;
    const auto placeholders = [](qsizetype n) {
        QStringList marks(n, QStringLiteral("?"));
        return marks.join(QLatin1Char(','));
    };
    if (!accounts.isEmpty()) {
        QVariantList binds;
        for (qint64 a : std::as_const(accounts))
            binds << a;
        Rows q = m_ctx.db().exec(
            QStringLiteral("SELECT call_id, started_at, agent_id FROM calls WHERE account_id IN (")
                + placeholders(binds.size()) + QStringLiteral(") ORDER BY started_at"),
            binds);
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (callIds.contains(id) && !calls.contains(id))
                calls.insert(
                    id, {ServerContext::fromMs(q.value(1).toLongLong()), q.value(2).toLongLong()});
        }
    }
    QVariantList binds {oldest - longestCallMs, newest};
    for (const QString &id : std::as_const(callIds)) {
        if (!calls.contains(id))
            binds << id;
    }
    if (binds.size() > 2) {
        Rows q = m_ctx.db().exec(
            QStringLiteral("SELECT call_id, at, agent_id FROM audit WHERE at >= ? AND at <= ?"
                           " AND call_id IN (")
                + placeholders(binds.size() - 2) + QStringLiteral(") ORDER BY at, id"),
            binds);
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (!calls.contains(id))
                calls.insert(
                    id, {ServerContext::fromMs(q.value(1).toLongLong()), q.value(2).toLongLong()});
        }
    }
    for (AuditEntry &e : entries) {
        if (const auto it = calls.constFind(e.callId); !e.callId.isEmpty() && it != calls.cend()) {
            e.callStartedAt = it->first;
            e.callAgentId = it->second;
        }
    }
}

} // namespace WalletDesk::Server
