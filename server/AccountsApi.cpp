#include "AccountsApi.h"

#include "Etag.h"
#include "Masking.h"
#include "PageBuilder.h"

#include <algorithm>
#include <optional>

namespace WalletDesk::Server {

namespace {

const char summaryColumns[] = "id, account_no, name, phone, email, status, kyc_level";

AccountSummary summaryFrom(const Rows &q, int first = 0)
{
    return {q.value(first).toLongLong(), Masking::accountNumber(q.value(first + 1).toString()),
        Masking::name(q.value(first + 2).toString()), Masking::phone(q.value(first + 3).toString()),
        Masking::email(q.value(first + 4).toString()),
        enumFromString<AccountStatus>(q.value(first + 5).toString())
            .value_or(AccountStatus::Active),
        q.value(first + 6).toInt()};
}

// A search page as QJsonDocument::Compact writes PageBuilder's page of
// AccountSummary::toJson() items: keys in sorted order, numbers as integers.
// Building the QJsonObjects, the QJsonArray and the document cost about 6 of
// the 61 us of server CPU a search by phone took (docs/benchmarks.md).
// `rows` is what "LIMIT limit + 1" read, as PageBuilder takes it. Empty when
// a text needs escaping: the caller then lets Qt write the page.
std::optional<QByteArray> searchPageJson(const QList<AccountSummary> &rows, int limit)
{
    const QList<AccountSummary> items = rows.first(qMin(rows.size(), qsizetype(limit)));
    QByteArray out;
    out.reserve(40 + 200 * items.size());
    out += "{\"items\":[";
    for (const AccountSummary &s : items) {
        if (&s != &items.first())
            out += ',';
        if (!s.appendCompactJson(out))
            return std::nullopt;
    }
    out += "],\"nextCursor\":";
    out += rows.size() > limit ? '"' + QByteArray::number(items.last().id) + '"'
                               : QByteArray("null");
    out += '}';
    return out;
}

struct KindName
{
    AccountsApi::SearchKind kind;
    const char *name;
};
constexpr KindName kindNames[] = {
    {AccountsApi::SearchKind::Auto, "auto"},
    {AccountsApi::SearchKind::Phone, "phone"},
    {AccountsApi::SearchKind::PhoneLast4, "phone_last4"},
    {AccountsApi::SearchKind::CardLast4, "card_last4"},
    {AccountsApi::SearchKind::Email, "email"},
    {AccountsApi::SearchKind::AccountNumber, "account_number"},
    {AccountsApi::SearchKind::Name, "name"},
    {AccountsApi::SearchKind::OrderNumber, "order_number"},
};

} // namespace

std::optional<AccountSummary> AccountsApi::loadSummary(const ServerContext &ctx, qint64 accountId)
{
    Rows q = ctx.db().exec(
        QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(QLatin1String(summaryColumns)),
        {accountId});
    return q.next() ? std::optional<AccountSummary>(summaryFrom(q)) : std::nullopt;
}

void AccountsApi::registerRoutes(Router &router)
{
    using M = Router::Method;
    router.add(M::Get, QStringLiteral("/api/v1/accounts"), Access::SignedIn,
        [this](RequestContext &r) { return search(r); });
    router.add(M::Get, QStringLiteral("/api/v1/accounts/{id}"), Access::SignedIn,
        [this](RequestContext &r) { return detail(r); });
}

AccountsApi::SearchKind AccountsApi::guessKind(const QString &query)
{
    // Plain loops rather than QRegularExpression: matching the two patterns
    // cost about 1 us of every search (perf), as much as the token check.
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    const auto isLetter
        = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
    const QString q = query.trimmed();
    if (q.contains(QLatin1Char('@')))
        return SearchKind::Email;
    // ^[A-Za-z]{1,3}[0-9]{6,}$
    const qsizetype letters = std::find_if_not(q.cbegin(), q.cend(), isLetter) - q.cbegin();
    if (letters >= 1 && letters <= 3 && q.size() - letters >= 6
        && std::all_of(q.cbegin() + letters, q.cend(), isDigit))
        return SearchKind::OrderNumber;
    // ^\+?[0-9 -]+$
    const QStringView number = QStringView(q).mid(q.startsWith(QLatin1Char('+')) ? 1 : 0);
    if (!number.isEmpty() && std::all_of(number.cbegin(), number.cend(), [&](QChar c) {
            return isDigit(c) || c == u' ' || c == u'-';
        })) {
        const QString national = Masking::nationalPhoneDigits(q);
        if (national.size() == 4)
            return SearchKind::PhoneLast4; // also matches card last 4, see search()
        if (national.size() == 16 && national.startsWith(QLatin1String("88")))
            return SearchKind::AccountNumber;
        return SearchKind::Phone;
    }
    return SearchKind::Name;
}

Reply AccountsApi::search(RequestContext &request)
{
    const QString query
        = request.queryString(QStringLiteral("q"), 100).value_or(QString()).trimmed();
    if (query.isEmpty())
        throw HttpError::badRequest(QStringLiteral("q"), QStringLiteral("is required"));
    SearchKind kind = SearchKind::Auto;
    if (const auto by = request.queryString(QStringLiteral("by"), 20)) {
        const auto it = std::find_if(std::begin(kindNames), std::end(kindNames),
            [&](const KindName &k) { return *by == QLatin1String(k.name); });
        if (it == std::end(kindNames))
            throw HttpError::badRequest(
                QStringLiteral("by"), QStringLiteral("unknown search kind \"%1\"").arg(*by));
        kind = it->kind;
    }
    const bool autoKind = kind == SearchKind::Auto;
    if (autoKind)
        kind = guessKind(query);
    const qint64 after
        = request.queryInteger(QStringLiteral("cursor"), 0, Q_INT64_C(1) << 52).value_or(0);
    const int limit = request.pageLimit(20, 100);

    const QString national = Masking::nationalPhoneDigits(query);
    QString value;
    switch (kind) {
    case SearchKind::Email:
        value = query.toLower();
        break;
    case SearchKind::OrderNumber:
        value = query.toUpper();
        break;
    case SearchKind::Name:
    case SearchKind::Auto:
        value = query;
        break;
    default:
        value = national;
        break;
    }
    // Four digits are ambiguous: an auto search looks at phones and cards.
    const bool alsoCards = autoKind && kind == SearchKind::PhoneLast4;
    const SqlQuery search = searchQuery(kind, alsoCards, value, after, limit + 1);
    QList<AccountSummary> found;
    {
        Rows q = m_ctx.db().exec(search.sql, search.binds);
        while (q.next())
            found.append(summaryFrom(q));
    }
    if (std::optional<QByteArray> body = searchPageJson(found, limit))
        return Reply {200, std::move(*body), {}};
    PageBuilder page(limit);
    for (const AccountSummary &s : std::as_const(found)) {
        if (!page.hasRoom())
            break;
        page.add(s.toJson(), QString::number(s.id));
    }
    return page.reply();
}

// Every shape below is one range of one index, in the order of that index,
// so the planner has nothing to weigh: (key, id) for the exact keys, and for
// names (name, id) with the next page's start as a row comparison. Four
// digits take at most a page from each of two indexes and merge them.
SqlQuery AccountsApi::searchQuery(
    SearchKind kind, bool alsoCards, const QString &value, qint64 after, int limit)
{
    const QString select
        = QStringLiteral("SELECT %1 FROM accounts WHERE ").arg(QLatin1String(summaryColumns));
    const QString byId = QStringLiteral(" AND id > ? ORDER BY id LIMIT ?");
    const QString phonesLast4
        = QStringLiteral("SELECT id FROM (SELECT id FROM accounts WHERE phone_last4 = ? AND id > ?"
                         " ORDER BY id LIMIT ?) AS phone_matches");
    const QString cardsLast4 = QStringLiteral(
        "SELECT account_id FROM (SELECT DISTINCT account_id FROM cards"
        " WHERE last4 = ? AND account_id > ? ORDER BY account_id LIMIT ?) AS card_matches");
    switch (kind) {
    case SearchKind::Phone:
        return {select + QStringLiteral("phone = ?") + byId, {value, after, limit}};
    case SearchKind::PhoneLast4:
        if (alsoCards)
            return {select
                    + QStringLiteral("id IN (%1 UNION %2) ORDER BY id LIMIT ?")
                          .arg(phonesLast4, cardsLast4),
                {value, after, limit, value, after, limit, limit}};
        return {select + QStringLiteral("phone_last4 = ?") + byId, {value, after, limit}};
    case SearchKind::CardLast4:
        return {select + QStringLiteral("id IN (%1) ORDER BY id LIMIT ?").arg(cardsLast4),
            {value, after, limit, limit}};
    case SearchKind::Email:
        return {select + QStringLiteral("email = ?") + byId, {value, after, limit}};
    case SearchKind::AccountNumber:
        return {select + QStringLiteral("account_no = ?") + byId, {value, after, limit}};
    case SearchKind::OrderNumber:
        return {select
                + QStringLiteral("id IN (SELECT account_id FROM transactions WHERE order_no = ?)")
                + byId,
            {value, after, limit}};
    case SearchKind::Name:
    case SearchKind::Auto:
        break;
    }
    // A prefix as a range of the name index, in name order; the cursor stays
    // an account id, and the page after it starts at that account's name.
    // The row comparison comes first: SQLite starts the range at the first
    // lower bound it is given, and the prefix would make it read every name
    // before the cursor again.
    const QString byName = QStringLiteral(" ORDER BY name, id LIMIT ?");
    const QString upper = value + QChar(0xFFFF);
    if (after == 0)
        return {select + QStringLiteral("name >= ? AND name < ?") + byName, {value, upper, limit}};
    return {select
            + QStringLiteral("(name, id) > ((SELECT name FROM accounts WHERE id = ?), ?) AND name "
                             ">= ? AND name < ?")
            + byName,
        {after, after, value, upper, limit}};
}

void AccountsApi::requireAccount(const ServerContext &ctx, qint64 accountId)
{
    if (!ctx.db()
             .scalar(QStringLiteral("SELECT 1 FROM accounts WHERE id = ?"), {accountId})
             .isValid())
        throw HttpError::notFound(QStringLiteral("account"));
}

Account AccountsApi::loadAccount(const ServerContext &ctx, qint64 accountId)
{
    const Database &db = ctx.db();
    Rows q = db.exec(
        QStringLiteral("SELECT %1, id_number, lock_reason, balance_fen, currency, two_factor,"
                       " created_at, version FROM accounts WHERE id = ?")
            .arg(QLatin1String(summaryColumns)),
        {accountId});
    if (!q.next())
        throw HttpError::notFound(QStringLiteral("account"));
    Account a;
    a.summary = summaryFrom(q);
    a.idNumber = Masking::idNumber(q.value(7).toString());
    a.lockReason = q.value(8).toString();
    a.balance = {q.value(9).toLongLong(), q.value(10).toString()};
    a.twoFactorEnabled = q.value(11).toInt() != 0;
    a.createdAt = ServerContext::fromMs(q.value(12).toLongLong());
    a.version = q.value(13).toLongLong();

    Rows d = db.exec(
        QStringLiteral("SELECT id, name, platform, last_seen_at, trusted, signed_in FROM devices"
                       " WHERE account_id = ? ORDER BY last_seen_at DESC, id"),
        {accountId});
    while (d.next())
        a.devices.append({d.value(0).toLongLong(), d.value(1).toString(), d.value(2).toString(),
            ServerContext::fromMs(d.value(3).toLongLong()), d.value(4).toInt() != 0,
            d.value(5).toInt() != 0});
    Rows c = db.exec(
        QStringLiteral("SELECT id, bank_name, number, type, is_default, linked_at FROM cards"
                       " WHERE account_id = ? ORDER BY id"),
        {accountId});
    while (c.next())
        a.cards.append(
            {c.value(0).toLongLong(), c.value(1).toString(), Masking::card(c.value(2).toString()),
                enumFromString<CardType>(c.value(3).toString()).value_or(CardType::Debit),
                c.value(4).toInt() != 0, ServerContext::fromMs(c.value(5).toLongLong())});
    Rows l = db.exec(
        QStringLiteral(
            "SELECT at, success, device_name, location, failure_reason FROM login_attempts"
            " WHERE account_id = ? ORDER BY at DESC, id DESC LIMIT 20"),
        {accountId});
    while (l.next())
        a.recentLogins.append(
            {ServerContext::fromMs(l.value(0).toLongLong()), l.value(1).toInt() != 0,
                l.value(2).toString(), l.value(3).toString(), l.value(4).toString()});
    a.failedLoginsLast24h
        = db.scalar(QStringLiteral("SELECT COUNT(*) FROM login_attempts WHERE account_id = ?"
                                   " AND success = 0 AND at > ?"),
                {accountId, ServerContext::nowMs() - 24 * 3600 * 1000LL})
              .toInt();
    return a;
}

Reply AccountsApi::detail(RequestContext &request)
{
    const qint64 id = request.pathId(0);
    const Account account = loadAccount(m_ctx, id);
    m_ctx.audit(request.agent().id, QStringLiteral("account.view"), id, request.callId());
    return withContentEtag(request, Reply::json(account.toJson()));
}

} // namespace WalletDesk::Server
