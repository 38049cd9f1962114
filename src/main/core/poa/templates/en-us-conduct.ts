import type { CaseTemplates, CONDUCT_CASES } from './template-text';

/** Suggestions for reviews, related accounts, TikTok Shop violations and anything else, written for Storefleet. */
export const EN_US_CONDUCT: CaseTemplates<(typeof CONDUCT_CASES)[number]> = {
  review_manipulation: [
    {
      key: 'incentivised_reviews',
      text: 'We offered [refunds / discounts / free products] in exchange for reviews of [ASIN] through [channel].',
      corrective: ['Ended the [programme] on [date] and stopped all contact with its participants about reviews.'],
      preventive: [
        {
          text: 'Reviews are requested only through the Request a Review button or Amazon Vine; no incentive is offered in any channel.',
          owner: 'Account manager',
          frequency: 'continuous',
        },
      ],
    },
    {
      key: 'insert_cards',
      text: 'Package inserts for [ASIN] asked buyers for a positive review in return for a gift.',
      corrective: ['Removed the inserts from all stock on [date] and destroyed the remaining cards.'],
      preventive: [
        {
          text: "Package inserts and buyer messages are approved against Amazon's communication guidelines before use.",
          owner: 'Compliance lead',
          frequency: 'per_listing',
        },
      ],
    },
    {
      key: 'third_party_service',
      text: "We hired [service], which solicited reviews in a way that breaks Amazon's policies.",
      corrective: ['Ended the contract with [service] on [date].'],
      preventive: [
        {
          text: 'Every marketing provider confirms in its contract that it will not solicit, post or pay for reviews; contracts are reviewed before signing.',
          owner: 'Compliance lead',
          frequency: 'per_order',
        },
      ],
    },
  ],
  related_account: [
    {
      key: 'shared_details',
      text: 'Our account shares [payment method / address / device / network] with the account [account], which belongs to [relationship].',
      corrective: [
        'Removed the shared [detail] from our account on [date].',
        'Attached [documents] that show how the two businesses are related.',
      ],
      preventive: [
        {
          text: 'The account uses its own bank account, address, devices and network, which no other seller account shares.',
          owner: 'Operations lead',
          frequency: 'continuous',
        },
      ],
    },
    {
      key: 'agency_logins',
      text: "Our agency's staff logged into our account from the same computers and network they use for another client's account.",
      corrective: ['Gave each agency staff member their own user permissions on our account on [date], replacing shared logins.'],
      preventive: [
        {
          text: 'Agency staff reach each seller account only through their own user permissions, with a separate browser profile per account.',
          owner: 'Agency account manager',
          frequency: 'continuous',
        },
      ],
    },
    {
      key: 'previous_account',
      text: 'This account is linked to the account [account] of [owner], which was deactivated on [date] for [reason].',
      corrective: ['Attached [documents] on the relationship and on the resolution of the issues of [account].'],
      preventive: [
        {
          text: 'Performance notifications and policy warnings of this account are reviewed and answered within 24 hours.',
          owner: 'Account owner',
          frequency: 'weekly',
        },
      ],
    },
  ],
  tiktok_violation: [
    {
      key: 'prohibited_content',
      text: "A product video and the product page of [product] contained [claim or content], which TikTok Shop's policies prohibit.",
      corrective: ['Removed the video and corrected the product page on [date].'],
      preventive: [
        {
          text: "Videos and product pages are checked against TikTok Shop's prohibited content and claims lists before publishing.",
          owner: 'Content lead',
          frequency: 'per_listing',
        },
      ],
    },
    {
      key: 'late_dispatch',
      text: 'Between [date] and [date], orders were dispatched after [number] business days, later than TikTok Shop allows.',
      corrective: ['Dispatched all pending orders by [date].'],
      preventive: [
        {
          text: 'Orders not dispatched within one business day are listed every morning and packed first.',
          owner: 'Warehouse lead',
          frequency: 'daily',
        },
      ],
    },
    {
      key: 'affiliate_claims',
      text: 'The affiliate creator [creator] made claims about [product] that we had not approved: [claims].',
      corrective: ['Asked the creator on [date] to remove the video; it was removed on [date].'],
      preventive: [
        {
          text: 'Each creator receives a written brief listing the claims allowed and prohibited; videos are reviewed before they are promoted.',
          owner: 'Affiliate manager',
          frequency: 'per_listing',
        },
      ],
    },
  ],
  other: [
    {
      key: 'process_gap',
      text: '[The process that failed, when, and why.]',
      corrective: ['[What was corrected, and on which date.]'],
      preventive: [{ text: '[The check that now prevents it.]', owner: '[owner]', frequency: 'weekly' }],
    },
  ],
};
