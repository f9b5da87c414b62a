#pragma once

#include "ServerContext.h"

#include <QRandomGenerator>

#include <functional>

namespace WalletDesk::Server {

// Fills an empty store with a deterministic population: the same seed and
// reference time give the same accounts, cards and ledger. Three showcase
// accounts hold the cases agents meet (see README.md, "Demo data").
class DemoDataGenerator
{
public:
    struct Options
    {
        quint32 seed = 20261126;
        int accounts = 10'000;
        qint64 transactions = 500'000;
        QDateTime now = QDateTime::currentDateTimeUtc();
    };
    using Progress = std::function<void(const QString &stage, qint64 done, qint64 total)>;

    DemoDataGenerator(const ServerContext &context, Options options);
    // Throws DatabaseError; refuses a store that already holds accounts.
    void run(const Progress &progress = {});

    // The demo sign-ins the README documents.
    static void createDemoAgents(const ServerContext &context);
    // The floor simulator's agents (bench/floor): floor00001 .. floorNNNNN,
    // role agent, all with floorPassword, hashed with the configured
    // iterations. Created or reset (sessions revoked), so a store can be reused.
    static constexpr int maxFloorAgents = 99'999;
    static constexpr char floorPassword[] = "floor-demo-password";
    static void createFloorAgents(
        const ServerContext &context, int count, const Progress &progress = {});

private:
    struct Person
    {
        QString name, pinyin;
    };
    Person person();
    QString phoneFor(qint64 index) const;
    QString cardNumber(const QString &bin);
    // Showcase order numbers: prefix, seed, six digits (P20261126000001).
    QString orderNumber(char prefix, int n) const;
    qint64 ms(qint64 daysAgo, qint64 extraMs = 0) const;

    void insertAccounts(const Progress &progress);
    void insertTransactions(const Progress &progress);
    void insertShowcase();
    void insertComplaints();

    const ServerContext &m_ctx;
    Options m_options;
    QRandomGenerator m_random;
    QList<qint64> m_cardOfAccount; // default card per account index
};

} // namespace WalletDesk::Server
