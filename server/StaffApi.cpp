#include "StaffApi.h"

#include "AuthApi.h"
#include "Credentials.h"
#include "Etag.h"
#include "PresenceApi.h"

#include <algorithm>

namespace WalletDesk::Server {

namespace {

const QString staffColumns = QStringLiteral(
    "id, username, display_name, role, disabled, locked_until, password_change_required,"
    " CASE WHEN totp_secret IS NULL THEN 0 ELSE 1 END,"
    " CASE WHEN totp_pending IS NULL THEN 0 ELSE 1 END, last_sign_in_at, version");

StaffMember staffFrom(Rows &q)
{
    StaffMember s;
    s.id = q.value(0).toLongLong();
    s.username = q.value(1).toString();
    s.displayName = q.value(2).toString();
    s.role = enumFromString<Role>(q.value(3).toString()).value_or(Role::Agent);
    s.disabled = q.value(4).toInt() != 0;
    if (const qint64 until = q.value(5).toLongLong(); until > ServerContext::nowMs())
        s.lockedUntil = ServerContext::fromMs(until);
    s.passwordChangeRequired = q.value(6).toInt() != 0;
    // A pending factor shows while an active one stays in force: the
    // administrator sees that a confirmation is still owed.
    s.totp = q.value(8).toInt() != 0 ? TotpState::Pending
        : q.value(7).toInt() != 0    ? TotpState::Active
                                     : TotpState::None;
    s.lastSignInAt = ServerContext::fromMsOrNull(q.value(9));
    s.version = q.value(10).toLongLong();
    return s;
}

HttpError lastAdministrator()
{
    return HttpError::conflict(
        QStringLiteral("last_admin"), QStringLiteral("this would leave no enabled administrator"));
}

} // namespace

void StaffApi::registerRoutes(Router &router)
{
    using M = Router::Method;
    const auto add = [&](M method, const char *path, Reply (StaffApi::*handler)(RequestContext &)) {
        router.add(method, QStringLiteral("/api/v1") + QLatin1String(path), Access::Admin,
            [this, handler](RequestContext &r) { return (this->*handler)(r); });
    };
    add(M::Get, "/staff", &StaffApi::list);
    add(M::Post, "/staff", &StaffApi::create);
    add(M::Patch, "/staff/{id}", &StaffApi::update);
    add(M::Post, "/staff/{id}/disable", &StaffApi::disable);
    add(M::Post, "/staff/{id}/enable", &StaffApi::enable);
    add(M::Post, "/staff/{id}/password", &StaffApi::resetPassword);
    add(M::Post, "/staff/{id}/unlock", &StaffApi::unlock);
    add(M::Post, "/staff/{id}/totp", &StaffApi::enrolTotp);
    add(M::Post, "/staff/{id}/totp/confirm", &StaffApi::confirmTotp);
    add(M::Delete, "/staff/{id}/totp", &StaffApi::removeTotp);
}

StaffMember StaffApi::load(qint64 id) const
{
    Rows q = m_ctx.db().exec(
        QStringLiteral("SELECT %1 FROM agents WHERE id = ?").arg(staffColumns), {id});
    if (!q.next())
        throw HttpError::notFound(QStringLiteral("staff member"));
    return staffFrom(q);
}

void StaffApi::lockOne(qint64 id) const
{
    if (!m_ctx.db().lockRow(Database::Table::Agents, id))
        throw HttpError::notFound(QStringLiteral("staff member"));
}

void StaffApi::lockWithAdministrators(qint64 id) const
{
    QList<qint64> ids {id};
    {
        Rows q = m_ctx.db().exec(
            QStringLiteral("SELECT id FROM agents WHERE role = 'admin' AND disabled = 0"));
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (const qint64 each : ids) {
        if (!m_ctx.db().lockRow(Database::Table::Agents, each) && each == id)
            throw HttpError::notFound(QStringLiteral("staff member"));
    }
}

void StaffApi::requireAnotherAdministrator(qint64 id) const
{
    // Read after lockWithAdministrators: every writer that could have
    // disabled or demoted one of them has committed or waits behind us.
    const qint64 others = m_ctx.db()
                              .scalar(QStringLiteral("SELECT COUNT(*) FROM agents WHERE role = "
                                                     "'admin' AND disabled = 0 AND id <> ?"),
                                  {id})
                              .toLongLong();
    if (others == 0)
        throw lastAdministrator();
}

void StaffApi::audit(
    const RequestContext &request, const QString &action, const QString &detail) const
{
    m_ctx.audit(request.agent().id, action, std::nullopt, request.callId(), QString(), detail);
}

Reply StaffApi::list(RequestContext &)
{
    Rows q = m_ctx.db().exec(
        QStringLiteral("SELECT %1 FROM agents ORDER BY username").arg(staffColumns));
    QJsonArray items;
    while (q.next())
        items.append(staffFrom(q).toJson());
    return Reply::json({{QStringLiteral("items"), items}});
}

Reply StaffApi::create(RequestContext &request)
{
    struct Body
    {
        QString username, displayName;
        Role role;
    };
    const Body body = request.readBody([](JsonReader &r) {
        Body b {r.string(QStringLiteral("username"), 64),
            r.string(QStringLiteral("displayName"), 200),
            r.enumeration<Role>(QStringLiteral("role"))};
        if (r.ok())
            r.check(StaffMember::usernameProblem(b.username).isEmpty(), QStringLiteral("username"),
                StaffMember::usernameProblem(b.username));
        if (r.ok())
            r.check(StaffMember::displayNameProblem(b.displayName).isEmpty(),
                QStringLiteral("displayName"), StaffMember::displayNameProblem(b.displayName));
        return b;
    });
    const QString password = Credentials::oneTimePassword();
    const Credentials::StoredPassword stored
        = Credentials::storedPassword(password, m_ctx.config().pbkdf2Iterations);

    const Database &db = m_ctx.db();
    DbTransaction tx(db);
    qint64 id = 0;
    {
        // The unique name decides between two creations at once: the second
        // inserts nothing.
        Rows q = db.exec(
            QStringLiteral("INSERT INTO agents (username, display_name, role, password_hash,"
                           " salt, iterations, password_change_required) VALUES (?, ?, ?, ?, ?,"
                           " ?, 1) ON CONFLICT (username) DO NOTHING RETURNING id"),
            {body.username, body.displayName, enumToString(body.role), stored.hash, stored.salt,
                stored.iterations});
        if (!q.next())
            throw HttpError(409, QStringLiteral("username_taken"),
                QStringLiteral("the username is in use"), QStringLiteral("username"));
        id = q.value(0).toLongLong();
    }
    audit(request, QStringLiteral("staff.create"),
        QStringLiteral("%1 (%2)").arg(body.username, enumToString(body.role)));
    const StaffMember staff = load(id);
    tx.commit();
    return Reply::json(
        {{QStringLiteral("staff"), staff.toJson()}, {QStringLiteral("oneTimePassword"), password}},
        201);
}

Reply StaffApi::update(RequestContext &request)
{
    const qint64 id = request.pathId(0);
    const auto expected = request.ifMatchVersion();
    if (!expected)
        throw HttpError(428, QStringLiteral("if_match_required"),
            QStringLiteral("send If-Match with the version you edited"),
            QStringLiteral("If-Match"));
    struct Body
    {
        std::optional<QString> displayName;
        std::optional<Role> role;
    };
    const Body body = request.readBody([](JsonReader &r) {
        Body b {r.optionalString(QStringLiteral("displayName"), 200),
            r.optionalEnumeration<Role>(QStringLiteral("role"))};
        if (r.ok() && b.displayName)
            r.check(StaffMember::displayNameProblem(*b.displayName).isEmpty(),
                QStringLiteral("displayName"), StaffMember::displayNameProblem(*b.displayName));
        if (r.ok() && !b.displayName && !b.role)
            r.fail(QString(), QStringLiteral("send displayName, role or both"));
        return b;
    });
    const Database &db = m_ctx.db();
    DbTransaction tx(db);
    lockWithAdministrators(id);
    const StaffMember current = load(id);
    if (current.version != *expected)
        throw HttpError::conflict(QStringLiteral("version_conflict"),
            QStringLiteral("the staff member changed (now version %1)").arg(current.version),
            {{QStringLiteral("current"), current.toJson()}});
    const QString displayName = body.displayName.value_or(current.displayName);
    const Role role = body.role.value_or(current.role);
    if (displayName == current.displayName && role == current.role)
        return Reply::json(current.toJson()).withHeader("ETag", versionEtag(current.version));
    if (current.role == Role::Admin && role != Role::Admin && !current.disabled)
        requireAnotherAdministrator(id);
    db.exec(QStringLiteral("UPDATE agents SET display_name = ?, role = ?, version = version + 1"
                           " WHERE id = ?"),
        {displayName, enumToString(role), id});
    QStringList changed;
    if (displayName != current.displayName)
        changed << QStringLiteral("display name");
    if (role != current.role)
        changed
            << QStringLiteral("role %1 -> %2").arg(enumToString(current.role), enumToString(role));
    // A console chose its desk at sign-in: with another role, its sessions
    // end, and the next sign-in opens the desk the role has.
    if (role != current.role)
        AuthApi::revokeSessions(db, id);
    audit(request, QStringLiteral("staff.update"),
        QStringLiteral("%1: %2").arg(current.username, changed.join(QLatin1String(", "))));
    const StaffMember staff = load(id);
    tx.commit();
    return Reply::json(staff.toJson()).withHeader("ETag", versionEtag(staff.version));
}

Reply StaffApi::disable(RequestContext &request)
{
    const qint64 id = request.pathId(0);
    if (id == request.agent().id)
        throw HttpError::conflict(
            QStringLiteral("invalid_state"), QStringLiteral("you cannot disable your own sign-in"));
    const Database &db = m_ctx.db();
    DbTransaction tx(db);
    lockWithAdministrators(id);
    const StaffMember current = load(id);
    if (current.disabled)
        return Reply::json(current.toJson());
    if (current.role == Role::Admin)
        requireAnotherAdministrator(id);
    AuthApi::revokeSessions(db, id);
    const StaffMember staff = commitChange(tx, request, id, QStringLiteral("disabled = 1"), {},
        QStringLiteral("staff.disable"), current.username);
    PresenceApi::signOut(m_ctx, id); // off the wallboard too
    return Reply::json(staff.toJson());
}

Reply StaffApi::enable(RequestContext &request)
{
    const qint64 id = request.pathId(0);
    const Database &db = m_ctx.db();
    DbTransaction tx(db);
    lockOne(id);
    const StaffMember current = load(id);
    if (!current.disabled)
        return Reply::json(current.toJson());
    return Reply::json(commitChange(tx, request, id, QStringLiteral("disabled = 0"), {},
        QStringLiteral("staff.enable"), current.username)
                           .toJson());
}

Reply StaffApi::resetPassword(RequestContext &request)
{
    const qint64 id = request.pathId(0);
    const QString password = Credentials::oneTimePassword();
    const Credentials::StoredPassword stored
        = Credentials::storedPassword(password, m_ctx.config().pbkdf2Iterations);
    const Database &db = m_ctx.db();
    DbTransaction tx(db);
    lockOne(id);
    const StaffMember current = load(id);
    AuthApi::revokeSessions(db, id);
    const StaffMember staff = commitChange(tx, request, id,
        QStringLiteral("password_hash = ?, salt = ?, iterations = ?, password_change_required = 1,"
                       " failed_logins = 0, locked_until = 0"),
        {stored.hash, stored.salt, stored.iterations}, QStringLiteral("staff.password_reset"),
        current.username);
    return Reply::json(
        {{QStringLiteral("staff"), staff.toJson()}, {QStringLiteral("oneTimePassword"), password}});
}

Reply StaffApi::unlock(RequestContext &request)
{
    const qint64 id = request.pathId(0);
    const Database &db = m_ctx.db();
    DbTransaction tx(db);
    lockOne(id);
    const StaffMember current = load(id);
    if (!current.isLocked(ServerContext::fromMs(ServerContext::nowMs())))
        throw HttpError::conflict(
            QStringLiteral("not_locked"), QStringLiteral("this sign-in is not locked"));
    return Reply::json(
        commitChange(tx, request, id, QStringLiteral("failed_logins = 0, locked_until = 0"), {},
            QStringLiteral("staff.unlock"), current.username)
            .toJson());
}

Reply StaffApi::enrolTotp(RequestContext &request)
{
    const qint64 id = request.pathId(0);
    const QByteArray secret = Credentials::newTotpSecret();
    const Database &db = m_ctx.db();
    DbTransaction tx(db);
    lockOne(id);
    const StaffMember current = load(id);
    const StaffMember staff = commitChange(tx, request, id, QStringLiteral("totp_pending = ?"),
        {QString::fromLatin1(secret)}, QStringLiteral("staff.totp_enrol"), current.username);
    // Key URI format (Google Authenticator's, which every app reads); the
    // username is of a-z 0-9 . _ - and needs no escaping.
    const QString uri = QStringLiteral("otpauth://totp/WalletDesk:%1?secret=%2&issuer=WalletDesk"
                                       "&algorithm=SHA1&digits=6&period=30")
                            .arg(staff.username, QString::fromLatin1(secret));
    return Reply::json({{QStringLiteral("staff"), staff.toJson()},
        {QStringLiteral("secret"), QString::fromLatin1(secret)},
        {QStringLiteral("otpauthUri"), uri}});
}

Reply StaffApi::confirmTotp(RequestContext &request)
{
    const qint64 id = request.pathId(0);
    const QString code = request.readBody(
        [](JsonReader &r) { return r.nonEmptyString(QStringLiteral("code"), 10); });
    const Database &db = m_ctx.db();
    DbTransaction tx(db);
    lockOne(id);
    const StaffMember current = load(id);
    const QByteArray pending
        = db.scalar(QStringLiteral("SELECT totp_pending FROM agents WHERE id = ?"), {id})
              .toByteArray();
    if (pending.isEmpty())
        throw HttpError::conflict(QStringLiteral("not_pending"),
            QStringLiteral("no second factor is waiting for confirmation"));
    if (!Credentials::verifyTotp(pending, code, ServerContext::nowMs() / 1000))
        throw HttpError(400, QStringLiteral("invalid_otp"),
            QStringLiteral("the code does not match the enrolled second factor"),
            QStringLiteral("code"));
    return Reply::json(commitChange(tx, request, id,
        QStringLiteral("totp_secret = totp_pending, totp_pending = NULL"), {},
        QStringLiteral("staff.totp_confirm"), current.username)
                           .toJson());
}

Reply StaffApi::removeTotp(RequestContext &request)
{
    const qint64 id = request.pathId(0);
    const Database &db = m_ctx.db();
    DbTransaction tx(db);
    lockOne(id);
    const StaffMember current = load(id);
    if (current.totp == TotpState::None)
        return Reply::json(current.toJson());
    return Reply::json(
        commitChange(tx, request, id, QStringLiteral("totp_secret = NULL, totp_pending = NULL"), {},
            QStringLiteral("staff.totp_remove"), current.username)
            .toJson());
}

StaffMember StaffApi::commitChange(DbTransaction &tx, const RequestContext &request, qint64 id,
    const QString &assignments, QVariantList values, const QString &action,
    const QString &detail) const
{
    values.append(id);
    m_ctx.db().exec(
        QStringLiteral("UPDATE agents SET %1, version = version + 1 WHERE id = ?").arg(assignments),
        values);
    audit(request, action, detail);
    const StaffMember staff = load(id);
    tx.commit();
    return staff;
}

} // namespace WalletDesk::Server
