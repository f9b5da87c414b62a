#pragma once

#include "ComplaintReport.h"

#include <QDate>
#include <QObject>

namespace WalletDesk {

class ApiClient;

// The complaint figures behind the supervisor's dashboard and the yearly
// disclosure table, as the server counts them.
class ComplaintReports : public QObject
{
    Q_OBJECT

public:
    explicit ComplaintReports(ApiClient *api, QObject *parent = nullptr);

    // Complaints created from `from` to `to`, both China-time days included.
    void load(const QDate &from, const QDate &to);

Q_SIGNALS:
    void ready(const WalletDesk::ComplaintReport &report);
    void failed(const QString &message);

private:
    ApiClient *m_api;
};

} // namespace WalletDesk
