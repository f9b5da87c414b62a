#include "AuthApi.h"

#include "Credentials.h"
#include "PasswordRule.h"
#include "PresenceApi.h"

#include <algorithm>

namespace WalletDesk::Server {

namespace {
HttpError invalidCredentials()
{
    return HttpError(
        401, QStringLiteral("invalid_credentials"), QStringLiteral("wrong username or password"));
}

HttpError lockedOut(qint64 untilMs)
{
    return HttpError(423, QStringLiteral("agent_locked"),
        QStringLiteral("too many failed sign-ins; try again after %1")
            .arg(formatDateTime(ServerContext::fromMs(untilMs))));
}
HttpError lockedNow(int lockoutSeconds)
{
    return HttpError(423, QStringLiteral("agent_locked"),
        QStringLiteral("too many failed sign-ins; the sign-in is locked for %1 minutes")
            .arg(lockoutSeconds / 60));
}
} // namespace

void AuthApi::registerRoutes(Router &router)
{
    using M = Router::Method;
    router.add(M::Post, QStringLiteral("/api/v1/auth/login"), Access::Public,
        [this](RequestContext &r) { return login(r); });
    router.add(M::Post, QStringLiteral("/api/v1/auth/refresh"), Access::Public,
        [this](RequestContext &r) { return refresh(r); });
    router.add(M::Post, QStringLiteral("/api/v1/auth/logout"), Access::Account,
        [this](RequestContext &r) { return logout(r); });
    router.add(M::Get, QStringLiteral("/api/v1/auth/me"), Access::Account,
        [](RequestContext &r) { return Reply::json(r.agent().toJson()); });
    router.add(M::Post, QStringLiteral("/api/v1/auth/password"), Access::Account,
        [this](RequestContext &r) { return changePassword(r); });
}

Router::Caller AuthApi::authenticate(const QByteArray &accessToken)
{
    const auto invalid = [] {
        return HttpError(
            401, QStringLiteral("invalid_token"), QStringLiteral("the access token is not valid"));
    };
    if (accessToken.isEmpty() || accessToken.size() > 200)
        throw invalid();
    const QByteArray digest = Credentials::tokenDigest(accessToken);
    std::optional<TokenCache::Entry> entry = m_tokens.find(digest);
    if (!entry) {
        QElapsedTimer asked;
        asked.start();
        Rows q = m_ctx.db().exec(
            QStringLiteral(
                "SELECT a.id, a.username, a.display_name, a.role, s.access_expires, s.revoked,"
                " a.disabled, a.password_change_required"
                " FROM sessions s JOIN agents a ON a.id = s.agent_id WHERE s.access_hash = ?"),
            {QString::fromLatin1(digest)});
        // Disabling revokes the sessions too; the flag is checked as well so
        // that a session can never outlive it.
        if (!q.next() || q.value(5).toInt() != 0 || q.value(6).toInt() != 0)
            throw invalid();
        entry = TokenCache::Entry {
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                enumFromString<Role>(q.value(3).toString()).value_or(Role::Agent)},
            q.value(4).toLongLong(), q.value(7).toInt() != 0};
        m_tokens.insert(digest, *entry, asked);
    }
    if (entry->accessExpiresMs <= ServerContext::nowMs())
        throw HttpError(401, QStringLiteral("token_expired"),
            QStringLiteral("the access token has expired; refresh it"));
    return {entry->agent, entry->passwordChangeRequired};
}

Reply AuthApi::login(RequestContext &request)
{
    struct Body
    {
        QString username, password;
        std::optional<QString> otp;
    };
    const Body body = request.readBody([](JsonReader &r) {
        return Body {r.nonEmptyString(QStringLiteral("username"), 64),
            r.nonEmptyString(QStringLiteral("password"), 200),
            r.optionalString(QStringLiteral("otp"), 10)};
    });
    const Database &db = m_ctx.db();
    const qint64 now = ServerContext::nowMs();
    // What a sign-in checks against, copied out so that no result is open
    // when the transaction below begins.
    struct Stored
    {
        Agent agent;
        QByteArray hash, salt, totpSecret;
        int iterations = 0;
        qint64 lockedUntil = 0;
        bool disabled = false;
        bool passwordChangeRequired = false;
    };
    const std::optional<Stored> stored = [&]() -> std::optional<Stored> {
        Rows q = db.exec(
            QStringLiteral(
                "SELECT id, display_name, role, password_hash, salt, iterations, totp_secret,"
                " locked_until, disabled, password_change_required FROM agents WHERE username = ?"),
            {body.username});
        if (!q.next())
            return std::nullopt;
        return Stored {{q.value(0).toLongLong(), body.username, q.value(1).toString(),
                           enumFromString<Role>(q.value(2).toString()).value_or(Role::Agent)},
            q.value(3).toByteArray(), q.value(4).toByteArray(), q.value(6).toByteArray(),
            q.value(5).toInt(), q.value(7).toLongLong(), q.value(8).toInt() != 0,
            q.value(9).toInt() != 0};
    }();
    if (!stored)
        throw unknownNameFailed(body.username, body.password, now);
    const Agent &agent = stored->agent;
    if (stored->lockedUntil > now)
        throw lockedOut(stored->lockedUntil);

    // The costly hash runs before the row is locked, so that sign-ins of
    // one agent do not queue behind each other's hashing.
    const QByteArray &totpSecret = stored->totpSecret;
    const bool passwordOk = Credentials::verifyPassword(
        body.password, stored->salt, stored->iterations, stored->hash);
    // Said only to whoever knows the password: to anyone else a disabled
    // name looks like every other name.
    if (passwordOk && stored->disabled) {
        m_ctx.audit(agent.id, QStringLiteral("auth.failed"), std::nullopt, QString(), QString(),
            QStringLiteral("account disabled"));
        throw HttpError(403, QStringLiteral("account_disabled"),
            QStringLiteral("this sign-in has been disabled by an administrator"));
    }
    const bool otpMissing = passwordOk && !totpSecret.isEmpty() && !body.otp;
    // The code's time step, -1 when there is none or it is wrong.
    const qint64 otpStep = !totpSecret.isEmpty() && body.otp
        ? Credentials::totpStep(totpSecret, *body.otp, now / 1000).value_or(-1)
        : -1;
    if (otpMissing)
        throw HttpError(401, QStringLiteral("otp_required"),
            QStringLiteral("enter the code from your authenticator"), QStringLiteral("otp"));

    // Failures are counted one at a time: the fifth locks, whatever arrives at once.
    DbTransaction tx(db);
    db.lockRow(Database::Table::Agents, agent.id);
    Rows counters = db.exec(
        QStringLiteral(
            "SELECT failed_logins, locked_until, totp_last_step FROM agents WHERE id = ?"),
        {agent.id});
    if (!counters.next())
        throw invalidCredentials();
    const qint64 lockedUntil = counters.value(1).toLongLong();
    const qint64 lastOtpStep = counters.value(2).toLongLong();
    if (lockedUntil > now)
        throw lockedOut(lockedUntil);
    // Read under the row lock: of two sign-ins with one code, one gets in.
    const bool otpOk = totpSecret.isEmpty() || otpStep > lastOtpStep;
    if (!passwordOk || !otpOk) {
        const bool lockNow = countFailure(agent.id, counters.value(0).toInt(), lockedUntil, now);
        tx.commit();
        if (lockNow)
            throw lockedNow(m_ctx.config().lockoutSeconds);
        if (passwordOk)
            throw HttpError(401, QStringLiteral("invalid_otp"),
                QStringLiteral("the one-time code is wrong"), QStringLiteral("otp"));
        throw invalidCredentials();
    }
    db.exec(QStringLiteral("UPDATE agents SET failed_logins = 0, locked_until = 0,"
                           " last_sign_in_at = ?, totp_last_step = ? WHERE id = ?"),
        {now, qMax(otpStep, lastOtpStep), agent.id});
    const QJsonObject tokens = issueTokens(agent, stored->passwordChangeRequired);
    m_ctx.audit(agent.id, QStringLiteral("auth.login"), std::nullopt, QString());
    tx.commit();
    return Reply::json(tokens);
}

// A name that is no agent's fails exactly as a wrong password does: the
// same hashing time, the same answers, and the same lock-out after the same
// number of tries (counted in signin_failures), so that probing cannot tell
// which names exist.
HttpError AuthApi::unknownNameFailed(
    const QString &username, const QString &password, qint64 now) const
{
    const Database &db = m_ctx.db();
    const auto lockedUntil = [&] {
        Rows q
            = db.exec(QStringLiteral("SELECT locked_until FROM signin_failures WHERE username = ?"),
                {username});
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    if (const qint64 until = lockedUntil(); until > now)
        return lockedOut(until);
    // As costly as an agent's stored hash (demo or older hashes may use
    // other iteration counts than this server's setting for new ones).
    const QVariant iterations = db.scalar(QStringLiteral("SELECT MAX(iterations) FROM agents"));
    Credentials::hashPassword(password, "walletdesk",
        iterations.isNull() ? m_ctx.config().pbkdf2Iterations : iterations.toInt());

    DbTransaction tx(db);
    db.exec(QStringLiteral("DELETE FROM signin_failures WHERE updated_at < ?"),
        {now - 24 * 3600 * 1000});
    db.exec(QStringLiteral(
                "INSERT INTO signin_failures (username, failed_logins, locked_until, updated_at)"
                " VALUES (?, 0, 0, ?) ON CONFLICT (username) DO NOTHING"),
        {username, now});
    const qint64 id
        = db.scalar(QStringLiteral("SELECT id FROM signin_failures WHERE username = ?"), {username})
              .toLongLong();
    db.lockRow(Database::Table::SigninFailures, id);
    Rows counters = db.exec(
        QStringLiteral("SELECT failed_logins, locked_until FROM signin_failures WHERE id = ?"),
        {id});
    counters.next();
    const qint64 until = counters.value(1).toLongLong();
    if (until > now)
        return lockedOut(until);
    const int failed = counters.value(0).toInt() + 1;
    const bool lockNow = failed >= m_ctx.config().lockoutThreshold;
    db.exec(QStringLiteral("UPDATE signin_failures SET failed_logins = ?, locked_until = ?, "
                           "updated_at = ? WHERE id = ?"),
        {lockNow ? 0 : failed, lockNow ? now + qint64(m_ctx.config().lockoutSeconds) * 1000 : until,
            now, id});
    tx.commit();
    if (lockNow)
        return lockedNow(m_ctx.config().lockoutSeconds);
    return invalidCredentials();
}

bool AuthApi::countFailure(qint64 agentId, int failedBefore, qint64 lockedUntil, qint64 now) const
{
    const int failed = failedBefore + 1;
    const bool lockNow = failed >= m_ctx.config().lockoutThreshold;
    m_ctx.db().exec(
        QStringLiteral("UPDATE agents SET failed_logins = ?, locked_until = ? WHERE id = ?"),
        {lockNow ? 0 : failed,
            lockNow ? now + qint64(m_ctx.config().lockoutSeconds) * 1000 : lockedUntil, agentId});
    m_ctx.audit(agentId, QStringLiteral("auth.failed"), std::nullopt, QString(), QString(),
        lockNow ? QStringLiteral("locked out") : QString());
    return lockNow;
}

QJsonObject AuthApi::issueTokens(const Agent &agent, bool passwordChangeRequired) const
{
    const QByteArray access = Credentials::newToken();
    const QByteArray refresh = Credentials::newToken();
    const qint64 now = ServerContext::nowMs();
    const ServerConfig &cfg = m_ctx.config();
    m_ctx.db().exec(
        QStringLiteral("INSERT INTO sessions (agent_id, access_hash, refresh_hash, access_expires,"
                       " refresh_expires, revoked, created_at) VALUES (?, ?, ?, ?, ?, 0, ?)"),
        {agent.id, QString::fromLatin1(Credentials::tokenDigest(access)),
            QString::fromLatin1(Credentials::tokenDigest(refresh)),
            now + qint64(cfg.accessTokenSeconds) * 1000,
            now + qint64(cfg.refreshTokenSeconds) * 1000, now});
    return {{QStringLiteral("accessToken"), QString::fromLatin1(access)},
        {QStringLiteral("refreshToken"), QString::fromLatin1(refresh)},
        {QStringLiteral("expiresIn"), cfg.accessTokenSeconds},
        {QStringLiteral("refreshExpiresIn"), cfg.refreshTokenSeconds},
        {QStringLiteral("agent"), agent.toJson()},
        {QStringLiteral("passwordChangeRequired"), passwordChangeRequired}};
}

Reply AuthApi::refresh(RequestContext &request)
{
    const QString token = request.readBody(
        [](JsonReader &r) { return r.nonEmptyString(QStringLiteral("refreshToken"), 200); });
    const Database &db = m_ctx.db();
    const auto ended = [] {
        return HttpError(401, QStringLiteral("invalid_refresh_token"),
            QStringLiteral("the sign-in has ended; sign in again"));
    };
    DbTransaction tx(db);
    const QVariant sessionId
        = db.scalar(QStringLiteral("SELECT id FROM sessions WHERE refresh_hash = ?"),
            {QString::fromLatin1(Credentials::tokenDigest(token.toLatin1()))});
    // Rotation: a refresh token works once, however many arrive at once.
    if (!sessionId.isValid() || !db.lockRow(Database::Table::Sessions, sessionId.toLongLong()))
        throw ended();
    Rows q = db.exec(
        QStringLiteral(
            "SELECT s.id, s.refresh_expires, s.revoked, a.id, a.username, a.display_name, a.role,"
            " a.disabled, a.password_change_required"
            " FROM sessions s JOIN agents a ON a.id = s.agent_id WHERE s.id = ?"),
        {sessionId});
    if (!q.next() || q.value(2).toInt() != 0 || q.value(1).toLongLong() <= ServerContext::nowMs()
        || q.value(7).toInt() != 0)
        throw ended();
    const bool passwordChangeRequired = q.value(8).toInt() != 0;
    const Agent agent {q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(),
        enumFromString<Role>(q.value(6).toString()).value_or(Role::Agent)};
    db.exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE id = ?"), {q.value(0)});
    const QJsonObject tokens = issueTokens(agent, passwordChangeRequired);
    tx.commit();
    return Reply::json(tokens);
}

Reply AuthApi::logout(RequestContext &request)
{
    const QByteArray digest
        = Credentials::tokenDigest(request.header("Authorization").mid(7).trimmed());
    m_ctx.db().exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE access_hash = ?"),
        {QString::fromLatin1(digest)});
    m_tokens.remove(digest);
    PresenceApi::signOut(m_ctx, request.agent().id);
    m_ctx.audit(request.agent().id, QStringLiteral("auth.logout"), std::nullopt, request.callId());
    return Reply::noContent();
}

Reply AuthApi::changePassword(RequestContext &request)
{
    struct Body
    {
        QString currentPassword, newPassword;
    };
    const Body body = request.readBody([](JsonReader &r) {
        return Body {r.nonEmptyString(QStringLiteral("currentPassword"), 200),
            r.string(QStringLiteral("newPassword"), 1000)};
    });
    const Database &db = m_ctx.db();
    const qint64 now = ServerContext::nowMs();
    const qint64 agentId = request.agent().id;
    QByteArray salt, hash;
    int iterations = 0;
    {
        Rows q = db.exec(
            QStringLiteral("SELECT salt, iterations, password_hash FROM agents WHERE id = ?"),
            {agentId});
        if (!q.next())
            throw HttpError::notFound(QStringLiteral("agent"));
        salt = q.value(0).toByteArray();
        iterations = q.value(1).toInt();
        hash = q.value(2).toByteArray();
    }
    const bool currentOk
        = Credentials::verifyPassword(body.currentPassword, salt, iterations, hash);
    const QString problem = currentOk
        ? newPasswordProblem(request.agent().username, body.currentPassword, body.newPassword)
        : QString();
    // Hashed before the row is locked, as at sign-in.
    const Credentials::StoredPassword stored = currentOk && problem.isEmpty()
        ? Credentials::storedPassword(body.newPassword, m_ctx.config().pbkdf2Iterations)
        : Credentials::StoredPassword {};

    DbTransaction tx(db);
    db.lockRow(Database::Table::Agents, agentId);
    int failedBefore = 0;
    qint64 lockedUntil = 0;
    bool unchangedMeanwhile = false;
    {
        Rows q = db.exec(
            QStringLiteral(
                "SELECT failed_logins, locked_until, password_hash FROM agents WHERE id = ?"),
            {agentId});
        if (!q.next())
            throw HttpError::notFound(QStringLiteral("agent"));
        failedBefore = q.value(0).toInt();
        lockedUntil = q.value(1).toLongLong();
        unchangedMeanwhile = q.value(2).toByteArray() == hash;
    }
    if (lockedUntil > now)
        throw lockedOut(lockedUntil);
    // A guess at the current password is a guess at a sign-in: it counts
    // towards the same lock-out.
    if (!currentOk) {
        const bool lockNow = countFailure(agentId, failedBefore, lockedUntil, now);
        tx.commit();
        if (lockNow)
            throw lockedNow(m_ctx.config().lockoutSeconds);
    }
    if (!currentOk || !unchangedMeanwhile)
        throw HttpError::badRequest(
            QStringLiteral("currentPassword"), QStringLiteral("is not your current password"));
    if (!problem.isEmpty())
        throw HttpError::badRequest(QStringLiteral("newPassword"), problem);
    db.exec(QStringLiteral("UPDATE agents SET password_hash = ?, salt = ?, iterations = ?,"
                           " password_change_required = 0, failed_logins = 0,"
                           " version = version + 1 WHERE id = ?"),
        {stored.hash, stored.salt, stored.iterations, agentId});
    const QByteArray digest
        = Credentials::tokenDigest(request.header("Authorization").mid(7).trimmed());
    revokeSessions(db, agentId, digest);
    m_ctx.audit(agentId, QStringLiteral("auth.password_change"), std::nullopt, request.callId());
    tx.commit();
    // This session goes on, now without the one-time password's limits.
    m_tokens.remove(digest);
    return Reply::noContent();
}

QString AuthApi::newPasswordProblem(
    const QString &username, const QString &currentPassword, const QString &newPassword)
{
    // The one rule, also `admin create-user`'s and the console's (models/).
    return PasswordRule::problem(username, newPassword, currentPassword);
}

void AuthApi::revokeSessions(const Database &db, qint64 agentId, const QByteArray &keepAccessDigest)
{
    db.exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE agent_id = ? AND revoked = 0"
                           " AND access_hash <> ?"),
        {agentId, QString::fromLatin1(keepAccessDigest)});
}

void AuthApi::upsertAgent(const ServerContext &ctx, const QString &username,
    const QString &displayName, Role role, const QString &password, const QByteArray &totpSecret)
{
    const Credentials::StoredPassword stored
        = Credentials::storedPassword(password, ctx.config().pbkdf2Iterations);
    const QVariant totp
        = totpSecret.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(totpSecret));
    if (ctx.db()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM agents WHERE username = ?"), {username})
            .toInt()
        > 0) {
        ctx.db().exec(
            QStringLiteral(
                "UPDATE agents SET display_name = ?, role = ?, password_hash = ?, salt = ?,"
                " iterations = ?, totp_secret = ?, totp_pending = NULL, failed_logins = 0,"
                " locked_until = 0, password_change_required = 0, version = version + 1"
                " WHERE username = ?"),
            {displayName, enumToString(role), stored.hash, stored.salt, stored.iterations, totp,
                username});
        // A new password ends every sign-in made with the old one, as an
        // administrator's reset does (it is what one does after a leak).
        ctx.db().exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE revoked = 0 AND"
                                     " agent_id = (SELECT id FROM agents WHERE username = ?)"),
            {username});
        return;
    }
    ctx.db().exec(
        QStringLiteral(
            "INSERT INTO agents (username, display_name, role, password_hash, salt, iterations,"
            " totp_secret) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {username, displayName, enumToString(role), stored.hash, stored.salt, stored.iterations,
            totp});
}

} // namespace WalletDesk::Server
