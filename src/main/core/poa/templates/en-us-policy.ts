import type { CaseTemplates, POLICY_CASES } from './template-text';

/** Suggestions for policy-compliance notices (IP, authenticity, condition, listings, safety), written for Storefleet. */
export const EN_US_POLICY: CaseTemplates<(typeof POLICY_CASES)[number]> = {
  ip_complaint: [
    {
      key: 'unauthorised_brand',
      text: 'We listed [ASIN] of the brand [brand] without first confirming that we were authorised to sell it.',
      corrective: [
        'Closed the listing of [ASIN] on [date] and removed the remaining units from sale.',
        'Contacted the rights owner [name] on [date] to resolve the complaint; their retraction is attached.',
      ],
      preventive: [
        {
          text: 'A branded product is listed only after a letter of authorisation, or invoices from the brand or an authorised distributor, is on file.',
          owner: 'Compliance lead',
          frequency: 'per_listing',
        },
        {
          text: "New brands are checked in the trademark register of the marketplace's country before the first purchase order.",
          owner: 'Sourcing manager',
          frequency: 'per_order',
        },
      ],
    },
    {
      key: 'copied_content',
      text: "Images and text on the detail page of [ASIN] were copied from [source] without the owner's permission.",
      corrective: ['Replaced all images and text of [ASIN] on [date] with our own photographs and copy.'],
      preventive: [
        {
          text: 'All listing content is produced in-house or licensed in writing; the licence is stored with the listing record.',
          owner: 'Listing specialist',
          frequency: 'per_listing',
        },
      ],
    },
    {
      key: 'protected_term',
      text: 'The title and search terms of [ASIN] used the protected brand name [term] to describe compatibility.',
      corrective: ['Removed [term] from the title, bullet points and search terms of [ASIN] on [date].'],
      preventive: [
        {
          text: 'Titles and search terms are checked against our list of protected brand names before every upload.',
          owner: 'Listing checklist',
          frequency: 'per_listing',
        },
      ],
    },
  ],
  authenticity: [
    {
      key: 'unverified_supplier',
      text: 'The units of [ASIN] were bought from [supplier], a supplier we had not verified as an authorised distributor of [brand].',
      corrective: [
        'Removed all units bought from [supplier] from sale on [date].',
        'Attached invoices from [distributor], an authorised distributor of [brand], covering the units sold in the last 365 days.',
      ],
      preventive: [
        {
          text: "Products are bought only from the brand or from distributors whose authorisation we hold on file; a new supplier's authorisation is checked before the first order.",
          owner: 'Sourcing manager',
          frequency: 'per_order',
        },
        {
          text: 'Invoices for every branded product are kept for at least 365 days and reconciled with the quantities sold.',
          owner: 'Finance team',
          frequency: 'monthly',
        },
      ],
    },
    {
      key: 'wrong_listing_match',
      text: 'Our product was offered on [ASIN], a detail page for a different version, so buyers received an item that did not match the page.',
      corrective: ['Closed our offer on [ASIN] on [date] and created a detail page that matches our product.'],
      preventive: [
        {
          text: "Every new offer is matched by UPC/EAN and checked against the detail page's brand, images and version before it is activated.",
          owner: 'Listing specialist',
          frequency: 'per_listing',
        },
      ],
    },
    {
      key: 'damaged_packaging_resold',
      text: 'Returned units with opened or damaged packaging were restocked as new, and buyers took them for counterfeits.',
      corrective: ['Inspected all stock of [ASIN] on [date] and removed [number] units with opened or damaged packaging.'],
      preventive: [
        {
          text: 'Returned units are inspected; units with opened or damaged packaging are not sold as new.',
          owner: 'Returns inspector',
          frequency: 'per_order',
        },
      ],
    },
  ],
  condition: [
    {
      key: 'returns_restocked',
      text: 'Returned items were put back into new stock after a visual check only.',
      corrective: ['Checked all stock of [ASIN] on [date] and moved [number] units to used condition or disposal.'],
      preventive: [
        {
          text: 'Returns go to a separate location and are graded with a written checklist before any unit is restocked.',
          owner: 'Returns inspector',
          frequency: 'per_order',
        },
      ],
    },
    {
      key: 'packing_damage',
      text: 'Items of [SKU] were packed without enough protection and arrived damaged.',
      corrective: ['Changed the packaging of [SKU] to [packaging] on [date].'],
      preventive: [
        {
          text: 'Each new product and each packaging change passes a drop test before shipping.',
          owner: 'Warehouse manager',
          frequency: 'per_listing',
        },
      ],
    },
    {
      key: 'condition_notes',
      text: 'The condition notes of used offers did not describe marks and wear.',
      corrective: ['Rewrote the condition notes of every used offer on [date].'],
      preventive: [
        {
          text: 'Each used item is photographed and its condition note written from the grading checklist.',
          owner: 'Listing specialist',
          frequency: 'per_listing',
        },
      ],
    },
  ],
  listing_policy: [
    {
      key: 'prohibited_claims',
      text: "The detail page of [ASIN] contained [type of claim] claims that Amazon's listing policy does not allow.",
      corrective: ['Removed the claims from the title, bullet points, description and images of [ASIN] on [date].'],
      preventive: [
        {
          text: 'Every detail page is checked against our list of prohibited words and claims before it is published.',
          owner: 'Listing checklist',
          frequency: 'per_listing',
        },
        {
          text: 'Listing policy updates in Seller Central are reviewed and our checklist is updated.',
          owner: 'Compliance lead',
          frequency: 'monthly',
        },
      ],
    },
    {
      key: 'wrong_category',
      text: '[ASIN] was listed under [category], which does not match the product.',
      corrective: ['Moved [ASIN] to [category] on [date].'],
      preventive: [
        {
          text: 'The category and product type of every new listing are approved by a second person.',
          owner: 'Account manager',
          frequency: 'per_listing',
        },
      ],
    },
    {
      key: 'variation_misuse',
      text: 'Products that are not variations of each other were grouped under the parent ASIN [ASIN].',
      corrective: ['Split the variation family [ASIN] on [date] so each child differs from the others only in size or colour.'],
      preventive: [
        {
          text: "New variation families are checked against Amazon's variation rules before upload.",
          owner: 'Listing specialist',
          frequency: 'per_listing',
        },
      ],
    },
  ],
  restricted_product: [
    {
      key: 'restriction_not_checked',
      text: "We listed [ASIN] without checking whether it falls under Amazon's restricted products policy for [category or ingredient].",
      corrective: ['Removed [ASIN] from sale on [date].'],
      preventive: [
        {
          text: "Every new product and its ingredient list are checked against Amazon's restricted products pages before it is listed.",
          owner: 'Compliance lead',
          frequency: 'per_listing',
        },
      ],
    },
    {
      key: 'approval_missing',
      text: '[ASIN] requires [approval or document], which we had not provided.',
      corrective: ['Submitted [document] for [ASIN] on [date]; it is attached.'],
      preventive: [
        {
          text: 'Products that need an approval are listed only once it is granted; approvals and their expiry dates are tracked.',
          owner: 'Compliance lead',
          frequency: 'monthly',
        },
      ],
    },
    {
      key: 'formula_changed',
      text: 'The supplier changed the formula of [product] to include [ingredient], and we did not review the new label.',
      corrective: ["Removed the units with the new formula from sale on [date] and obtained the supplier's full ingredient list."],
      preventive: [
        {
          text: 'Suppliers must announce formula and label changes in writing; each change is reviewed before the new stock is sold.',
          owner: 'Sourcing manager',
          frequency: 'per_shipment',
        },
      ],
    },
  ],
  product_safety: [
    {
      key: 'missing_test_report',
      text: '[ASIN] was sold without the [standard] test report that this product type requires.',
      corrective: ['Removed [ASIN] from sale on [date] and had it tested to [standard] by [laboratory]; the report is attached.'],
      preventive: [
        {
          text: 'No product is listed until the test reports and certificates its product type requires are on file.',
          owner: 'Compliance lead',
          frequency: 'per_listing',
        },
      ],
    },
    {
      key: 'defect_reported',
      text: 'Buyers reported [defect] with [ASIN] from production batch [batch].',
      corrective: [
        'Stopped sales and quarantined the remaining stock of batch [batch] on [date].',
        'Contacted every buyer of batch [batch] on [date] and offered a refund.',
        'Found the cause with the manufacturer: [cause].',
      ],
      preventive: [
        {
          text: 'A safety complaint is escalated the same day and sales of the product are paused until its cause is known.',
          owner: 'Customer service lead',
          frequency: 'continuous',
        },
        {
          text: 'Samples of every incoming batch are inspected against the specification before the batch is released for sale.',
          owner: 'Quality inspector',
          frequency: 'per_shipment',
        },
      ],
    },
    {
      key: 'missing_warnings',
      text: 'The detail page and packaging of [ASIN] lacked the warnings required for [hazard].',
      corrective: ['Added the warnings to the detail page on [date] and relabelled the stock.'],
      preventive: [
        {
          text: 'The warnings each product type requires are part of the listing checklist and checked before upload.',
          owner: 'Listing checklist',
          frequency: 'per_listing',
        },
      ],
    },
  ],
};
