#include "DemoDataGenerator.h"

#include "AuthApi.h"
#include "ChangeReaders.h"
#include "DefaultReferenceData.h"
#include "ReferenceApi.h"
#include "VerificationApi.h"

#include <QSqlError>

namespace WalletDesk::Server {

namespace {

struct Syllable
{
    const char *hanzi;
    const char *pinyin;
};
constexpr Syllable surnames[] = {{"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"刘", "liu"},
    {"陈", "chen"}, {"杨", "yang"}, {"黄", "huang"}, {"赵", "zhao"}, {"吴", "wu"}, {"周", "zhou"},
    {"徐", "xu"}, {"孙", "sun"}, {"马", "ma"}, {"朱", "zhu"}, {"胡", "hu"}, {"郭", "guo"},
    {"何", "he"}, {"林", "lin"}, {"高", "gao"}, {"罗", "luo"}};
constexpr Syllable givens[] = {{"伟", "wei"}, {"芳", "fang"}, {"娜", "na"}, {"敏", "min"},
    {"静", "jing"}, {"丽", "li"}, {"强", "qiang"}, {"磊", "lei"}, {"军", "jun"}, {"洋", "yang"},
    {"勇", "yong"}, {"艳", "yan"}, {"杰", "jie"}, {"娟", "juan"}, {"涛", "tao"}, {"明", "ming"},
    {"超", "chao"}, {"秀", "xiu"}, {"霞", "xia"}, {"平", "ping"}, {"刚", "gang"}, {"桂", "gui"},
    {"英", "ying"}, {"华", "hua"}, {"玉", "yu"}};
constexpr const char *prefixes[] = {"130", "131", "132", "135", "136", "137", "138", "139", "150",
    "151", "152", "157", "158", "159", "176", "177", "180", "181", "186", "187", "188", "189"};
struct Bank
{
    const char *name;
    const char *bin;
};
// Issuer prefix 99 belongs to no card scheme: these numbers can never be real cards.
constexpr Bank banks[]
    = {{"中国工商银行", "990102"}, {"中国建设银行", "990105"}, {"中国农业银行", "990103"},
        {"中国银行", "990104"}, {"招商银行", "990308"}, {"交通银行", "990301"}};
constexpr const char *merchants[] = {"美团外卖", "京东商城", "滴滴出行", "星巴克", "盒马鲜生",
    "中国铁路12306", "携程旅行", "肯德基", "国家电网", "中国移动", "拼多多", "便利蜂"};
constexpr const char *cities[]
    = {"北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安", "重庆"};
constexpr const char *devices[][2]
    = {{"iPhone 15", "iOS"}, {"HUAWEI Mate 60", "HarmonyOS"}, {"Xiaomi 14", "Android"},
        {"OPPO Find X7", "Android"}, {"vivo X100", "Android"}, {"iPad Air", "iPadOS"}};
constexpr const char *failureReasons[]
    = {"银行卡余额不足", "银行系统超时", "交易风控拦截", "支付密码错误"};
constexpr const char *questions[][2] = {{"您母亲的姓名是？", "李秀英"},
    {"您小学的校名是？", "实验小学"}, {"您第一只宠物的名字是？", "旺财"}};

template<typename T, size_t N> const T &pick(QRandomGenerator &r, const T (&items)[N])
{
    return items[r.bounded(int(N))];
}

QString luhnComplete(const QString &partial)
{
    int sum = 0;
    for (int i = 0; i < partial.size(); ++i) {
        int d = partial.at(partial.size() - 1 - i).digitValue();
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return partial + QString::number((10 - sum % 10) % 10);
}

// One statement per table, shared by the showcase and the population.
const QString insertAccountSql
    = QStringLiteral("INSERT INTO accounts (id, account_no, name, phone, phone_last4, email, "
                     "id_number, status, lock_reason, balance_fen,"
                     " currency, kyc_level, two_factor, created_at, version, security_question, "
                     "security_answer_hash)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, 1, ?, ?)");
const QString insertCardSql
    = QStringLiteral("INSERT INTO cards (id, account_id, bank_name, number, last4, type, "
                     "is_default, linked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
const QString insertDeviceSql
    = QStringLiteral("INSERT INTO devices (account_id, name, platform, last_seen_at, trusted, "
                     "signed_in) VALUES (?, ?, ?, ?, ?, ?)");
const QString insertLoginSql
    = QStringLiteral("INSERT INTO login_attempts (account_id, at, success, device_name, location, "
                     "failure_reason) VALUES (?, ?, ?, ?, ?, ?)");
const QString insertTransactionSql
    = QStringLiteral("INSERT INTO transactions (order_no, account_id, type, status, amount_fen, "
                     "fee_fen, currency, merchant, counterparty,"
                     " created_at, completed_at, failure_reason, debited, refund_state, card_id)"
                     " VALUES (?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, ?, ?, ?)");

// Prepared once, executed per row: the generator's inner loops.
class Insert
{
public:
    Insert(const Database &db, const QString &sql)
        : m_query(db.connection())
    {
        if (!m_query.prepare(sql))
            throw DatabaseError(m_query.lastError().text().toStdString());
    }
    qint64 operator()(const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values.at(i));
        if (!m_query.exec())
            throw DatabaseError(m_query.lastError().text().toStdString());
        qint64 id = 0;
        if (m_query.isSelect() && m_query.next())
            id = m_query.value(0).toLongLong();
        m_query.finish();
        return id;
    }

private:
    QSqlQuery m_query;
};

} // namespace

DemoDataGenerator::DemoDataGenerator(const ServerContext &context, Options options)
    : m_ctx(context)
    , m_options(std::move(options))
    , m_random(m_options.seed)
{
}

void DemoDataGenerator::createDemoAgents(const ServerContext &ctx)
{
    DbTransaction tx(ctx.db());
    AuthApi::upsertAgent(ctx, QStringLiteral("agent01"), QStringLiteral("李雷"), Role::Agent,
        QStringLiteral("agent01-demo"));
    AuthApi::upsertAgent(ctx, QStringLiteral("agent02"), QStringLiteral("韩梅梅"), Role::Agent,
        QStringLiteral("agent02-demo"));
    AuthApi::upsertAgent(ctx, QStringLiteral("agent03"), QStringLiteral("赵敏"), Role::Agent,
        QStringLiteral("agent03-demo"), "JBSWY3DPEHPK3PXP");
    AuthApi::upsertAgent(ctx, QStringLiteral("super01"), QStringLiteral("王组长"), Role::Supervisor,
        QStringLiteral("super01-demo"));
    AuthApi::upsertAgent(ctx, QStringLiteral("super02"), QStringLiteral("陈质检"), Role::Supervisor,
        QStringLiteral("super02-demo"));
    AuthApi::upsertAgent(ctx, QStringLiteral("admin01"), QStringLiteral("系统管理员"), Role::Admin,
        QStringLiteral("admin01-demo"));
    tx.commit();
}

void DemoDataGenerator::createFloorAgents(
    const ServerContext &ctx, int count, const Progress &progress)
{
    // One transaction: a store either has the whole floor or none of it.
    DbTransaction tx(ctx.db());
    const QString password = QLatin1String(floorPassword);
    for (int n = 1; n <= count; ++n) {
        const QString name = QStringLiteral("floor%1").arg(n, 5, 10, QLatin1Char('0'));
        AuthApi::upsertAgent(
            ctx, name, QStringLiteral("坐席 ") + name.mid(5), Role::Agent, password);
        if (progress && (n % 1000 == 0 || n == count))
            progress(QStringLiteral("floor agents"), n, count);
    }
    tx.commit();
}

DemoDataGenerator::Person DemoDataGenerator::person()
{
    const Syllable &s = pick(m_random, surnames);
    const Syllable &g1 = pick(m_random, givens);
    Person p {QString::fromUtf8(s.hanzi) + QString::fromUtf8(g1.hanzi),
        QString::fromLatin1(s.pinyin) + QLatin1Char('.') + QString::fromLatin1(g1.pinyin)};
    if (m_random.bounded(2)) {
        const Syllable &g2 = pick(m_random, givens);
        p.name += QString::fromUtf8(g2.hanzi);
        p.pinyin += QString::fromLatin1(g2.pinyin);
    }
    return p;
}

QString DemoDataGenerator::phoneFor(qint64 index) const
{
    // A bijection from index to (prefix, 8 digits): every account a distinct number.
    constexpr qint64 n = std::size(prefixes);
    const qint64 body = ((index / n) * 48271 + 10'000'000 + m_options.seed) % 100'000'000;
    return QString::fromLatin1(prefixes[index % n])
        + QStringLiteral("%1").arg(body, 8, 10, QLatin1Char('0'));
}

QString DemoDataGenerator::cardNumber(const QString &bin)
{
    QString digits = bin;
    while (digits.size() < 18)
        digits.append(QLatin1Char(char('0' + m_random.bounded(10))));
    return luhnComplete(digits);
}

QString DemoDataGenerator::orderNumber(char prefix, int n) const
{
    return QLatin1Char(prefix) + QString::number(m_options.seed)
        + QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
}

qint64 DemoDataGenerator::ms(qint64 daysAgo, qint64 extraMs) const
{
    return m_options.now.toMSecsSinceEpoch() - daysAgo * 86'400'000 + extraMs;
}

void DemoDataGenerator::run(const Progress &progress)
{
    const Database &db = m_ctx.db();
    if (db.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toLongLong() > 0)
        throw DatabaseError("the store already holds accounts; generate into an empty one");
    createDemoAgents(m_ctx);
    DbTransaction tx(db);
    if (!db.scalar(QStringLiteral("SELECT 1 FROM reference_data WHERE id = 1")).isValid())
        ReferenceApi::store(m_ctx, defaultReferenceData());
    insertShowcase();
    insertAccounts(progress);
    insertTransactions(progress);
    insertComplaints();
    if (db.dialect() == Database::Dialect::Postgres) {
        // Rows above carry their own ids; move the sequences past them.
        for (const char *table : {"accounts", "cards"})
            db.exec(QStringLiteral(
                "SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT MAX(id) FROM %1))")
                        .arg(QLatin1String(table)));
    }
    tx.commit();
    // The planner's first look at the new rows: without it, PostgreSQL plans
    // the first hours of traffic from empty-table guesses.
    db.analyze();
}

void DemoDataGenerator::insertShowcase()
{
    const Database &db = m_ctx.db();
    struct Showcase
    {
        const char *name, *pinyin, *phone, *status, *lockReason;
        qint64 balance;
    };
    const Showcase people[] = {
        {"张伟", "zhang.wei", "13800138000", "locked", "连续 5 次输入错误的登录密码", 120450},
        {"李娜", "li.na", "13900139000", "active", nullptr, 5'230'000},
        {"王芳", "wang.fang", "13700137000", "frozen", "疑似盗用，风控冻结", 88'800},
    };
    Insert account(db, insertAccountSql);
    Insert card(db, insertCardSql);
    Insert device(db, insertDeviceSql);
    Insert login(db, insertLoginSql);
    Insert tx(db, insertTransactionSql);
    const QVariant null;
    for (int i = 0; i < 3; ++i) {
        const Showcase &s = people[i];
        const qint64 id = i + 1;
        const QString phone = QString::fromLatin1(s.phone);
        account({id, QStringLiteral("88000000000%1").arg(id, 5, 10, QLatin1Char('0')),
            QString::fromUtf8(s.name), phone, phone.right(4),
            QString(QString::fromLatin1(s.pinyin) + QStringLiteral("@example.cn")),
            QStringLiteral("1101**********%1").arg(1230 + id), QString::fromLatin1(s.status),
            s.lockReason ? QVariant(QString::fromUtf8(s.lockReason)) : null, s.balance, 3,
            i == 0 ? 1 : 0, ms(900), QString::fromUtf8(questions[i][0]),
            QString::fromLatin1(
                VerificationApi::answerDigest(id, QString::fromUtf8(questions[i][1])))});
        const QString number = luhnComplete(
            QString::fromLatin1(banks[i].bin) + QStringLiteral("12345678%1").arg(1000 + id));
        card({id, id, QString::fromUtf8(banks[i].name), number, number.right(4),
            QStringLiteral("debit"), 1, ms(800)});
        device({id, QStringLiteral("iPhone 15"), QStringLiteral("iOS"), ms(0, -3'600'000), 1, 1});
        device({id, QStringLiteral("HUAWEI Mate 60"), QStringLiteral("HarmonyOS"), ms(30), 0, 1});
    }
    // 张伟: locked after five wrong passwords this morning, a failed payment
    // whose money was taken, and the same order paid twice within minutes.
    for (int k = 0; k < 5; ++k)
        login({1, ms(0, -7'200'000 + k * 60'000), 0, QStringLiteral("HUAWEI Mate 60"),
            QStringLiteral("上海"), QStringLiteral("密码错误")});
    login({1, ms(2), 1, QStringLiteral("iPhone 15"), QStringLiteral("上海"), null});
    tx({orderNumber('P', 1), 1, QStringLiteral("payment"), QStringLiteral("failed"), 25'900, 0,
        QStringLiteral("携程旅行"), null, ms(1), ms(1, 30'000), QStringLiteral("银行系统超时"), 1,
        QStringLiteral("reversal_pending"), 1});
    tx({orderNumber('P', 2), 1, QStringLiteral("payment"), QStringLiteral("succeeded"), 4'500, 0,
        QStringLiteral("星巴克"), null, ms(3), ms(3, 2'000), null, 1, QStringLiteral("none"), 1});
    tx({orderNumber('P', 3), 1, QStringLiteral("payment"), QStringLiteral("succeeded"), 4'500, 0,
        QStringLiteral("星巴克"), null, ms(3, 95'000), ms(3, 97'000), null, 1,
        QStringLiteral("none"), 1});
    // 李娜: a withdrawal in flight and a payment pending for hours.
    login({2, ms(0, -600'000), 1, QStringLiteral("iPhone 15"), QStringLiteral("杭州"), null});
    tx({orderNumber('W', 4), 2, QStringLiteral("withdrawal"), QStringLiteral("pending"), 2'000'000,
        200, null, null, ms(1, -3'600'000), null, null, 1, QStringLiteral("none"), 2});
    tx({orderNumber('P', 5), 2, QStringLiteral("payment"), QStringLiteral("pending"), 129'900, 0,
        QStringLiteral("京东商城"), null, ms(0, -5 * 3'600'000), null, null, 1,
        QStringLiteral("none"), 2});
    tx({orderNumber('R', 6), 2, QStringLiteral("refund"), QStringLiteral("succeeded"), 3'200, 0,
        QStringLiteral("美团外卖"), null, ms(6), ms(6, 60'000), null, 0, QStringLiteral("refunded"),
        null});
    // 李娜 again: a withdrawal made just before the latest public holiday,
    // which could only arrive after it. Still in flight when --now falls
    // inside the holiday; arrived late otherwise.
    const ReferenceData reference = m_ctx.reference();
    const WorkingCalendar calendar(reference.holidays);
    const QDate today = WorkingCalendar::localDate(m_options.now);
    const auto isHoliday = [&](QDate d) {
        return std::any_of(reference.holidays.cbegin(), reference.holidays.cend(),
            [d](const Holiday &h) { return h.date == d && h.kind == HolidayKind::Holiday; });
    };
    for (QDate d = today; d > today.addDays(-400); d = d.addDays(-1)) {
        if (!isHoliday(d) || isHoliday(d.addDays(-1)))
            continue;
        QDate before = d.addDays(-1);
        while (!calendar.isWorkingDay(before))
            before = before.addDays(-1);
        const QDateTime created(before, QTime(15, 30), CallCenterTime::zone());
        const QDate arrival = calendar.withdrawalArrival(created, reference.policy);
        const bool arrived = WorkingCalendar::endOfDay(arrival) < m_options.now;
        tx({orderNumber('W', 8), 2, QStringLiteral("withdrawal"),
            arrived ? QStringLiteral("succeeded") : QStringLiteral("pending"), 800'000, 80, null,
            null, created.toMSecsSinceEpoch(),
            arrived ? QVariant(
                QDateTime(arrival, QTime(10, 0), CallCenterTime::zone()).toMSecsSinceEpoch())
                    : null,
            null, 1, QStringLiteral("none"), 2});
        break;
    }
    // 王芳: frozen, with a transfer she says she did not make.
    login({3, ms(1), 0, QStringLiteral("Xiaomi 14"), QStringLiteral("境外"),
        QStringLiteral("异地登录拦截")});
    tx({orderNumber('T', 7), 3, QStringLiteral("transfer"), QStringLiteral("succeeded"), 500'000, 0,
        null, QStringLiteral("赵强"), ms(2), ms(2, 1'000), null, 1, QStringLiteral("none"), null});
    m_cardOfAccount = {1, 2, 3};
}

void DemoDataGenerator::insertAccounts(const Progress &progress)
{
    const Database &db = m_ctx.db();
    Insert account(db, insertAccountSql);
    Insert card(db, insertCardSql);
    Insert device(db, insertDeviceSql);
    Insert login(db, insertLoginSql);
    const QVariant null;
    qint64 cardId = 4;
    for (qint64 id = 4; id <= m_options.accounts; ++id) {
        const Person p = person();
        const QString phone = phoneFor(id);
        const int roll = m_random.bounded(1000);
        const char *status = roll < 10 ? "locked" : roll < 13 ? "frozen" : "active";
        const QVariant reason = roll < 10 ? QVariant(QStringLiteral("连续输错密码"))
            : roll < 13                   ? QVariant(QStringLiteral("风控冻结"))
                                          : null;
        const auto &q = questions[id % 3];
        // (id * 7919) mod 10^12 is a bijection: account numbers never collide.
        account({id,
            QStringLiteral("8800%1").arg(
                (id * 7919) % 1'000'000'000'000LL, 12, 10, QLatin1Char('0')),
            p.name, phone, phone.right(4),
            QString(p.pinyin + QString::number(id % 1000) + QStringLiteral("@example.cn")),
            QStringLiteral("%1**********%2")
                .arg(1101 + m_random.bounded(8000))
                .arg(m_random.bounded(10000), 4, 10, QLatin1Char('0')),
            QString::fromLatin1(status), reason, qint64(m_random.bounded(5'000'000)),
            m_random.bounded(4), m_random.bounded(3) == 0 ? 1 : 0, ms(30 + m_random.bounded(2000)),
            QString::fromUtf8(q[0]),
            QString::fromLatin1(VerificationApi::answerDigest(id, QString::fromUtf8(q[1])))});
        const int cards = 1 + m_random.bounded(3);
        for (int c = 0; c < cards; ++c) {
            const Bank &bank = pick(m_random, banks);
            const QString number = cardNumber(QString::fromLatin1(bank.bin));
            card({cardId, id, QString::fromUtf8(bank.name), number, number.right(4),
                m_random.bounded(5) == 0 ? QStringLiteral("credit") : QStringLiteral("debit"),
                c == 0 ? 1 : 0, ms(10 + m_random.bounded(900))});
            if (c == 0)
                m_cardOfAccount.append(cardId);
            ++cardId;
        }
        const int deviceCount = 1 + m_random.bounded(2);
        for (int d = 0; d < deviceCount; ++d) {
            const auto &dev = pick(m_random, devices);
            device({id, QString::fromLatin1(dev[0]), QString::fromLatin1(dev[1]),
                ms(m_random.bounded(60)), d == 0 ? 1 : 0, d == 0 ? 1 : 0});
        }
        const int logins = 2 + m_random.bounded(4) + (roll < 10 ? 5 : 0);
        for (int l = 0; l < logins; ++l) {
            const bool fail = roll < 10 ? l >= logins - 5 : m_random.bounded(8) == 0;
            login({id, ms(logins - l, -m_random.bounded(80'000'000)), fail ? 0 : 1,
                QString::fromLatin1(devices[0][0]), QString::fromUtf8(pick(m_random, cities)),
                fail ? QVariant(QStringLiteral("密码错误")) : null});
        }
        if (progress && id % 10'000 == 0)
            progress(QStringLiteral("accounts"), id, m_options.accounts);
    }
}

void DemoDataGenerator::insertTransactions(const Progress &progress)
{
    const Database &db = m_ctx.db();
    Insert tx(db, insertTransactionSql);
    const QVariant null;
    const qint64 total = m_options.transactions;
    const qint64 span = 180LL * 86'400'000; // half a year of history
    for (qint64 n = 0; n < total; ++n) {
        const qint64 accountIndex = 3 + m_random.bounded(qMax(1, m_options.accounts - 3));
        const qint64 accountId = accountIndex + 1;
        const qint64 at
            = m_options.now.toMSecsSinceEpoch() - span + (span * n) / qMax<qint64>(1, total);
        const int kind = m_random.bounded(100);
        const int outcome = m_random.bounded(1000);
        QString type, status = QStringLiteral("succeeded"), refund = QStringLiteral("none");
        QVariant merchant = null, counterparty = null, card = null, failure = null,
                 completed = at + 2'000;
        qint64 amount = 100 + m_random.bounded(50'000), fee = 0;
        int debited = 1;
        char prefix = 'P';
        if (kind < 70) {
            type = QStringLiteral("payment");
            merchant = QString::fromUtf8(pick(m_random, merchants));
        } else if (kind < 78) {
            type = QStringLiteral("top_up");
            prefix = 'C';
            card = m_cardOfAccount.value(accountIndex);
            amount *= 10;
        } else if (kind < 86) {
            type = QStringLiteral("withdrawal");
            prefix = 'W';
            card = m_cardOfAccount.value(accountIndex);
            amount *= 10;
            fee = amount / 1000;
        } else if (kind < 95) {
            type = QStringLiteral("transfer");
            prefix = 'T';
            counterparty = person().name;
        } else {
            type = QStringLiteral("refund");
            prefix = 'R';
            merchant = QString::fromUtf8(pick(m_random, merchants));
            refund = QStringLiteral("refunded");
            debited = 0;
        }
        if (outcome < 15) {
            status = QStringLiteral("failed");
            failure = QString::fromUtf8(pick(m_random, failureReasons));
            completed = null;
            // A few failures took the money anyway: the reversal is on its way.
            debited = outcome < 4 && type != QLatin1String("refund") ? 1 : 0;
            if (debited)
                refund = QStringLiteral("reversal_pending");
        } else if (outcome < 18 && at > m_options.now.toMSecsSinceEpoch() - 3 * 86'400'000LL) {
            status = QStringLiteral("pending");
            completed = null;
        }
        tx({QStringLiteral("%1%2").arg(QLatin1Char(prefix)).arg(10'000'000'000LL + n), accountId,
            type, status, amount, fee, merchant, counterparty, at, completed, failure, debited,
            refund, card});
        if (progress && (n + 1) % 100'000 == 0)
            progress(QStringLiteral("transactions"), n + 1, total);
    }
}

void DemoDataGenerator::insertComplaints()
{
    const Database &db = m_ctx.db();
    const ReferenceData reference = m_ctx.reference();
    const WorkingCalendar calendar(reference.holidays);
    const qint64 agent
        = db.scalar(QStringLiteral("SELECT id FROM agents WHERE username = 'agent01'"))
              .toLongLong();
    const qint64 supervisor
        = db.scalar(QStringLiteral("SELECT id FROM agents WHERE username = 'super01'"))
              .toLongLong();
    Insert complaint(db,
        QStringLiteral(
            "INSERT INTO complaints (version, channel, category, severity, account_id, call_id,"
            " description, customer_request, status, created_by, assignee, escalated, created_at,"
            " updated_at, ack_due_at, acknowledged_at, due_at, resolution_code, resolution_text,"
            " resolved_at, reopen_count) VALUES (1, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, 0, ?, ?, ?, "
            "?, ?,"
            " ?, ?, ?, 0)"));
    const QStringList categories = {QStringLiteral("payment_failed_debited"),
        QStringLiteral("duplicate_charge"), QStringLiteral("withdrawal_delay"),
        QStringLiteral("login_problem"), QStringLiteral("refund_delay"), QStringLiteral("fees"),
        QStringLiteral("staff_conduct")};
    const QStringList channels = {QStringLiteral("hotline"), QStringLiteral("app"),
        QStringLiteral("wechat"), QStringLiteral("social_media"), QStringLiteral("forum")};
    const QVariant null;
    const int count = qBound(12, m_options.accounts / 200, 2000);
    for (int i = 0; i < count; ++i) {
        // Spread over six weeks so that the queue holds fresh, due-soon and overdue complaints.
        const qint64 daysAgo = i < 3 ? QList<qint64> {16, 14, 0}.at(i) : m_random.bounded(42);
        const QDateTime created
            = QDateTime::fromMSecsSinceEpoch(ms(daysAgo, -m_random.bounded(36'000'000)), Qt::UTC);
        const bool resolved = i >= 3 && m_random.bounded(100) < 55 && daysAgo > 0;
        const qint64 accountId
            = i < 3 ? 3 - (i % 3) : 4 + m_random.bounded(qMax(1, m_options.accounts - 4));
        const qint64 ackDue
            = calendar.acknowledgeDue(created, reference.policy).toMSecsSinceEpoch();
        const qint64 due
            = WorkingCalendar::resolveDue(created, reference.policy.resolveCalendarDays)
                  .toMSecsSinceEpoch();
        const qint64 resolvedAt = created.toMSecsSinceEpoch()
            + (1 + m_random.bounded(qMax<qint64>(1, qMin<qint64>(daysAgo, 6)))) * 86'400'000LL
            - 3'600'000;
        const bool acked = resolved || m_random.bounded(3) > 0;
        complaint({channels.at(i % channels.size()), categories.at(i % categories.size()),
            i % 5 == 0 ? QStringLiteral("high") : QStringLiteral("medium"), accountId,
            QStringLiteral("客户反映交易或服务问题，需核实处理（演示数据 %1）").arg(i + 1),
            QStringLiteral("尽快处理并回电"),
            resolved    ? QStringLiteral("resolved")
                : acked ? QStringLiteral("in_progress")
                        : QStringLiteral("open"),
            agent, acked ? QVariant(supervisor) : null, created.toMSecsSinceEpoch(),
            resolved ? resolvedAt : created.toMSecsSinceEpoch(), ackDue,
            acked ? QVariant(created.toMSecsSinceEpoch() + 3'600'000) : null, due,
            resolved ? QVariant(QStringLiteral("explained")) : null,
            resolved ? QVariant(QStringLiteral("已向客户解释并处理完毕")) : null,
            resolved ? QVariant(resolvedAt) : null});
    }
    db.exec(QStringLiteral("INSERT INTO changes (entity, entity_id, at) SELECT 'complaint', id, "
                           "created_at FROM complaints"));
    ChangeReaders::addMissing(db);
}

} // namespace WalletDesk::Server
