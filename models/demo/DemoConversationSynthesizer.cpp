#include "DemoConversationSynthesizer.h"

#include "DemoRandom.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace {

using Lines = std::array<const char *, 4>;

/** The lines of one ticket type in one language. */
struct Script
{
    Lines opening; // customer
    Lines firstReply; // agent, after the greeting
    Lines customer; // customer follow-ups
    Lines agent; // agent follow-ups
    const char *resolved; // system line at resolution
};

// Indexed by TicketType.
const std::array<Script, 7> ChineseScripts = { {
    { { "你好，这款有现货吗？什么时候能发货？", "请问这个尺码偏大还是偏小？", "这个和另一款有什么区别呀？",
        "现在下单有优惠吗？能用券吗？" },
      { "这款目前有现货，今天16点前下单当天发出哦。", "建议按平时尺码选择，腰围偏紧的话可以大一码。",
        "两款主要区别在材质和做工，这款是升级版。", "现在下单可以领店铺券满199减20。" },
      { "好的，那我再看看。", "颜色和图片一样吗？", "那我现在下单了", "可以开发票吗？" },
      { "实物和图片一致，是实拍图哦。", "可以的，下单时备注开票信息即可。", "好的，有问题随时联系我们～",
        "已为您备注优先发货。" },
      "【系统】咨询已结束，感谢您的光临" },
    { { "你们客服态度太差了，我要投诉！", "等了三天都没人处理，太让人失望了",
        "收到的东西和描述严重不符，我要投诉", "上次说好给我回电话，到现在都没人联系" },
      { "非常抱歉给您带来不好的体验，我是投诉专员，会全程跟进您的问题。",
        "非常理解您的心情，请您详细说一下情况，我马上核实。", "抱歉让您久等了，这个问题我来负责处理。",
        "给您添麻烦了，我已经把情况记录下来并加急处理。" },
      { "你们必须给我一个说法", "我要求赔偿", "这个处理结果我不满意", "好吧，那你们尽快" },
      { "核实后确实是我们的问题，给您补偿一张20元无门槛券。", "已经反馈给相关负责人，会在24小时内给您回复。",
        "我们会加强培训，避免再次发生，再次向您致歉。", "处理结果会短信通知您，请留意。" },
      "【系统】投诉已处理完毕，工单已解决" },
    { { "我想退货，衣服尺码不合适", "收到的商品有破损，申请退货", "七天无理由退货怎么操作？",
        "退货地址是哪里？" },
      { "可以的，请在订单页面申请退货，选择尺码不合适即可。",
        "非常抱歉，请拍一下破损照片，我们核实后为您办理退货。",
        "商品未使用不影响二次销售的话，支持七天无理由退货。", "退货地址已发送到您的订单消息里，请查收。" },
      { "运费谁出？", "照片已经发了", "已经寄出了，单号发你", "什么时候能退款？" },
      { "质量问题的退货运费由我们承担。", "已收到照片，退货申请已为您审核通过。",
        "仓库签收后1-3个工作日内完成退款。", "已为您登记运单号，签收后会尽快处理。" },
      "【系统】退货已完成，工单已解决" },
    { { "买的鞋子码数小了，能换大一码吗？", "颜色发错了，想换成黑色", "能换个颜色吗？",
        "收到的是坏的，换一个新的" },
      { "可以为您办理换货，请在订单页申请换货并填写需要的尺码。", "抱歉发错颜色了，我马上为您安排换货。",
        "可以换的，目前黑色有库存。", "非常抱歉，我们为您补发新的，旧的请寄回。" },
      { "旧的怎么寄回？", "新的什么时候发？", "好的，已经申请了", "麻烦快一点" },
      { "已为您预约上门取件，快递员会联系您。", "新品会在收到退回商品后24小时内发出。", "已为您加急处理。",
        "换货单已审核通过。" },
      "【系统】换货已完成，工单已解决" },
    { { "用了一周就坏了，能保修吗？", "开不了机了怎么办", "充电充不进去", "屏幕出现花屏" },
      { "产品在保修期内，可以免费维修，请提供一下故障视频。", "请先长按电源键10秒强制重启试一下。",
        "请换一根数据线和充电头试试看。", "抱歉给您带来不便，我帮您登记售后维修。" },
      { "试过了还是不行", "视频发你了", "维修要多久？", "能直接换新吗？" },
      { "已为您创建维修单，寄回后3-5个工作日修好寄出。", "经检测属于质量问题，为您换新处理。",
        "维修期间有进度会短信通知您。", "寄修运费由我们承担。" },
      "【系统】维修已完成，工单已解决" },
    { { "申请退款好几天了，怎么还没到账？", "我不想要了，能退款吗？", "少发了一件，退差价",
        "仅退款申请一下" },
      { "帮您查询到退款已审核，预计1-3个工作日原路退回。", "订单还未发货，可以直接为您取消并退款。",
        "非常抱歉，核实后少发的部分为您退款。", "已收到您的申请，我这边马上为您处理。" },
      { "退到哪里？", "好的，谢谢", "能快点吗", "退款金额不对吧" },
      { "原路退回到您的支付账户。", "已为您加急处理退款。", "退款金额已重新核对，无误。",
        "退款已提交，请留意到账通知。" },
      "【系统】退款已完成，工单已解决" },
    { { "我的快递到哪了？三天了还没动", "物流一直不更新怎么回事", "快递显示签收了但我没收到",
        "能改一下收货地址吗？" },
      { "帮您查询了一下，包裹目前在中转站，预计明天派送。", "抱歉，我马上联系快递公司核实情况。",
        "请先确认一下是否放在快递柜或代收点了。", "订单还未发货，可以为您修改地址。" },
      { "能催一下吗？", "还是没有收到", "快递电话打不通", "好的，谢谢" },
      { "已为您催件，快递会优先派送。", "已联系快递站点，今天内会有人联系您。",
        "如果明天还没收到，我们为您补发。", "地址已修改成功。" },
      "【系统】物流问题已处理，工单已解决" },
} };

const std::array<Script, 7> EnglishScripts = { {
    { { "Hi, is this item in stock?", "Does this run true to size?", "Any discount if I order today?",
        "What's the difference between the two models?" },
      { "Yes, it is in stock and ships today if you order before 4 pm.",
        "It runs true to size; size up if in doubt.",
        "You can use the shop coupon for 20 off orders over 199.",
        "The new model has an upgraded material." },
      { "Great, thanks.", "Can I get an invoice?", "OK, ordering now.", "Is the colour as pictured?" },
      { "Yes, just add your invoice details to the order note.", "The photos are of the real product.",
        "Happy to help, contact us anytime.", "I have flagged your order for priority shipping." },
      "[System] Consultation ended" },
    { { "Your service is terrible, I want to file a complaint.",
        "Nobody has handled my issue for three days.", "The product is nothing like the description.",
        "You promised a call back and never called." },
      { "I am very sorry about this experience; I will personally follow up.",
        "I understand your frustration. Could you tell me what happened?",
        "Sorry for the wait, I will take this over.", "I have recorded the issue and escalated it." },
      { "I want compensation.", "This is not acceptable.", "OK, please hurry.",
        "I am not happy with this answer." },
      { "We have issued a 20 yuan coupon as an apology.", "The manager will reply within 24 hours.",
        "We will retrain the team so it does not happen again.", "You will get an SMS with the result." },
      "[System] Complaint handled, ticket resolved" },
    { { "I'd like to return this, the size doesn't fit.", "The item arrived damaged, I want to return it.",
        "How do I make a 7-day no-reason return?", "Where should I send the return?" },
      { "Sure, please request the return on the order page.",
        "Sorry about that, please send a photo of the damage.", "Unused items can be returned within 7 days.",
        "I have sent the return address to your order messages." },
      { "Who pays the shipping?", "Photo sent.", "Shipped it back, here is the tracking number.",
        "When do I get my money back?" },
      { "We cover shipping for quality issues.", "Your return has been approved.",
        "The refund is issued 1-3 working days after the warehouse receives it.",
        "Tracking number recorded." },
      "[System] Return completed, ticket resolved" },
    { { "Can I exchange these shoes for a bigger size?", "Wrong colour sent, I want black.",
        "Can I change the colour?", "The item is broken, please send a new one." },
      { "Of course, please request an exchange on the order page.",
        "Sorry for the mix-up, arranging the exchange now.", "Yes, black is in stock.",
        "Sorry, we will send a replacement." },
      { "How do I send the old one back?", "When will the new one ship?", "Done, I requested it.",
        "Please be quick." },
      { "A courier will pick it up at your door.", "The replacement ships within 24 hours.",
        "I have expedited it.", "Exchange approved." },
      "[System] Exchange completed, ticket resolved" },
    { { "It broke after a week, is it under warranty?", "It won't turn on.", "It doesn't charge.",
        "The screen flickers." },
      { "It is under warranty; please send us a short video of the fault.",
        "Please hold the power button for 10 seconds.", "Please try another cable and charger.",
        "Sorry about that, I am opening a repair request." },
      { "Tried that, still broken.", "Video sent.", "How long does the repair take?",
        "Can I get a new one instead?" },
      { "Repair order created; it takes 3-5 working days.", "It is a defect, we will replace it.",
        "You will get SMS updates on the repair.", "We cover the shipping." },
      "[System] Repair completed, ticket resolved" },
    { { "I requested a refund days ago, where is it?", "I don't want it anymore, can I get a refund?",
        "One item was missing, please refund the difference.", "Requesting a refund only." },
      { "Your refund is approved and arrives in 1-3 working days.",
        "The order has not shipped, I can cancel and refund it.", "Sorry, we will refund the missing item.",
        "Got it, processing your request now." },
      { "Where will it go?", "Thanks.", "Can you speed it up?", "The amount looks wrong." },
      { "It goes back to your original payment method.", "I have expedited the refund.",
        "I re-checked the amount, it is correct.", "Refund submitted." },
      "[System] Refund completed, ticket resolved" },
    { { "Where is my parcel? No update for three days.", "Tracking hasn't updated.",
        "It says delivered but I have nothing.", "Can I change the delivery address?" },
      { "Your parcel is at the sorting centre and should arrive tomorrow.",
        "Sorry, I am checking with the courier now.", "Please check the parcel locker or the pick-up point.",
        "The order has not shipped, I can change the address." },
      { "Can you chase it?", "Still nothing.", "The courier doesn't answer.", "OK, thanks." },
      { "I have asked the courier to prioritise it.", "The depot will contact you today.",
        "If it doesn't arrive tomorrow we will resend it.", "Address updated." },
      "[System] Delivery issue handled, ticket resolved" },
} };

const std::array<const char *, 3> BotReplies
    = { "【自动回复】您好，欢迎光临悦享，客服正在赶来，请稍候～",
        "【自动回复】亲，您的消息已收到，人工客服马上为您服务",
        "【自动回复】当前咨询人数较多，请耐心等待，我们会尽快回复您" };
constexpr const char *EnglishBot = "【自动回复】Thanks for contacting us, an agent will be with you shortly.";
// How agents sign off, each with a phrase of AutoQaSettings::defaults().closingPhrases, so auto-QA
// flags only the conversations that really end without one.
const std::array<const char *, 4> ClosingsChinese
    = { "请问还有什么可以帮您的吗？", "感谢您的耐心等待，祝您生活愉快！",
        "还有其他问题随时联系我们，祝您购物愉快～", "感谢您的支持，再见～" };
const std::array<const char *, 4> ClosingsEnglish
    = { "Is there anything else I can help you with?", "Thanks for your patience, have a great day!",
        "Thank you for shopping with us, take care!", "Glad to help, have a nice day!" };

/** A fixed mix of the bits of v (splitmix64's finaliser), for choices that must not draw from the
 *  ticket's random stream. */
quint64 mix(quint64 v)
{
    v ^= v >> 30;
    v *= 0xbf58476d1ce4e5b9ULL;
    v ^= v >> 27;
    v *= 0x94d049bb133111ebULL;
    v ^= v >> 31;
    return v;
}

const std::array<const char *, 3> NudgesChinese = { "在吗？", "有人吗", "怎么还没人回复" };
const std::array<const char *, 3> NudgesEnglish = { "Hello?", "Anyone there?", "Still waiting..." };

template<std::size_t N> QByteArray line(DemoRandom &random, const std::array<const char *, N> &lines)
{
    return QByteArray(lines.at(static_cast<std::size_t>(random.below(static_cast<int>(N)))));
}

} // namespace

DemoConversationSynthesizer::DemoConversationSynthesizer(qint64 asOfEpoch)
    : m_asOf(asOfEpoch)
{
}

void DemoConversationSynthesizer::synthesize(const DemoTicketRow &ticket, const QByteArray &agentNickname,
                                             DemoRandom &random, std::vector<DemoMessageRow> *messages) const
{
    messages->clear();
    const bool english = ticket.platform == Platform::Own && random.chance(0.35);
    const Script &script
        = (english ? EnglishScripts : ChineseScripts).at(static_cast<std::size_t>(ticket.type));
    const int total = static_cast<int>(random.between(4, 12));
    // Times never run backwards and never pass the end of the period.
    auto add = [this, messages](Speaker speaker, qint64 at, QByteArray text) {
        const qint64 clamped = std::min(at, m_asOf);
        const qint64 previous = messages->empty() ? clamped : messages->back().sentAt;
        messages->push_back({ speaker, std::max(clamped, previous), std::move(text) });
    };

    QByteArray opening = line(random, script.opening);
    if (!ticket.orderId.isEmpty())
        opening += english ? QByteArray(QByteArray(" Order: ") + ticket.orderId)
                           : QByteArray(QByteArray("（订单号：") + ticket.orderId + "）");
    add(Speaker::Customer, ticket.createdAt, opening);

    const bool bot = ticket.channel != Channel::Email && random.chance(0.6);
    if (bot)
        add(Speaker::Bot, ticket.createdAt + random.between(1, 2),
            english ? QByteArray(EnglishBot) : line(random, BotReplies));

    if (ticket.firstResponseAt < 0) {
        // Nobody has answered yet: the customer nudges, the system reports the queue.
        const qint64 span = std::max<qint64>(0, m_asOf - ticket.createdAt - 3);
        const int remaining = total - static_cast<int>(messages->size());
        for (int i = 1; i <= remaining; ++i) {
            const qint64 at = ticket.createdAt + 3 + span * i / (remaining + 1);
            if (i == remaining)
                add(Speaker::System, at,
                    english ? QByteArray("[System] You are in the queue")
                            : QByteArray("【系统】您已进入排队，请耐心等待"));
            else
                add(Speaker::Customer, at, line(random, english ? NudgesEnglish : NudgesChinese));
        }
        return;
    }

    const qint64 wait = ticket.firstResponseAt - ticket.createdAt;
    if (wait > 180 && random.chance(0.5))
        add(Speaker::Customer,
            ticket.createdAt + static_cast<qint64>(static_cast<double>(wait) * random.uniform(0.3, 0.8)),
            line(random, english ? NudgesEnglish : NudgesChinese));
    const QByteArray greeting = english ? QByteArray(QByteArray("Hi, this is ") + agentNickname + ". ")
                                        : QByteArray(QByteArray("您好，我是客服") + agentNickname + "，");
    add(Speaker::Agent, ticket.firstResponseAt, greeting + line(random, script.firstReply));

    // The rest of the exchange fits between the first response and the resolution (or the end
    // of the period for open tickets); the last slot is the system's resolution note.
    const bool resolved = ticket.resolvedAt >= 0;
    const qint64 bound = resolved ? ticket.resolvedAt : m_asOf;
    const int exchange = std::max(0, total - static_cast<int>(messages->size()) - (resolved ? 1 : 0));
    std::vector<double> gaps;
    gaps.reserve(static_cast<std::size_t>(exchange));
    double sum = 0;
    for (int i = 0; i < exchange; ++i) {
        const bool customer = i % 2 == 0;
        double gap = customer ? random.lognormal(45, 0.8) : random.lognormal(50, 0.7);
        if (customer && random.chance(0.05))
            gap += random.lognormal(1500, 0.6); // the customer went away for a while
        gaps.push_back(gap);
        sum += gap;
    }
    const double room = static_cast<double>(std::max<qint64>(0, bound - ticket.firstResponseAt - 1));
    const double scale = sum > room ? room / sum : 1.0;
    double at = static_cast<double>(ticket.firstResponseAt);
    for (int i = 0; i < exchange; ++i) {
        at += gaps[static_cast<std::size_t>(i)] * scale;
        const bool customer = i % 2 == 0;
        add(customer ? Speaker::Customer : Speaker::Agent, static_cast<qint64>(at),
            line(random, customer ? script.customer : script.agent));
    }
    // Most agents close a resolved chat properly; each forgets at their own rate (6–20 %), so the
    // "missing closing" flag is a minority that QA sampling can over-sample. Decided from the ticket
    // and agent ids rather than the random stream, so every other generated value stays as it was.
    if (resolved) {
        const auto lastAgent
            = std::find_if(messages->rbegin(), messages->rend(),
                           [](const DemoMessageRow &m) { return m.speaker == Speaker::Agent; });
        const double missRate
            = 0.06 + 0.14 * static_cast<double>(mix(quint64(ticket.agentId)) % 1000) / 1000.0;
        const quint64 roll = mix(quint64(ticket.id) * 0x9e3779b97f4a7c15ULL + 1);
        if (lastAgent != messages->rend() && static_cast<double>(roll % 10000) / 10000.0 >= missRate) {
            const std::size_t pick = static_cast<std::size_t>((roll >> 32) % 4);
            lastAgent->text += english ? QByteArray(" ") + ClosingsEnglish.at(pick)
                                       : QByteArray(ClosingsChinese.at(pick));
        }
        add(Speaker::System, ticket.resolvedAt, QByteArray(script.resolved));
    }
}
