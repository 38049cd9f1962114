import type { CaseTemplates, FULFILMENT_CASES } from './template-text';

/** Suggestions for order defect and shipping-performance notices, written for Storefleet. */
export const EN_US_FULFILMENT: CaseTemplates<(typeof FULFILMENT_CASES)[number]> = {
  odr: [
    {
      key: 'carrier_delays',
      text: 'Orders shipped with [carrier] between [date] and [date] arrived late. Buyers who did not receive their orders on time left negative feedback and filed A-to-z claims.',
      corrective: [
        'Contacted every affected buyer on [date] and refunded or reshipped the [number] orders concerned.',
        'Moved all seller-fulfilled orders to [carrier service], a tracked service with committed delivery dates, on [date].',
      ],
      preventive: [
        {
          text: 'Late deliveries are reviewed per carrier and route; a route with more than 3% late deliveries is moved to another service.',
          owner: 'Logistics lead',
          frequency: 'weekly',
        },
        {
          text: 'Handling and transit times in the shipping templates are compared with actual delivery times and adjusted.',
          owner: 'Account manager',
          frequency: 'monthly',
        },
      ],
    },
    {
      key: 'not_as_described',
      text: 'The detail page of [ASIN] did not state [size / material / compatibility] clearly, so buyers received items that differed from what they expected.',
      corrective: [
        'Rewrote the title, bullet points and images of [ASIN] on [date] so they state [detail] exactly.',
        'Refunded the buyers who reported the difference, without requiring a return.',
      ],
      preventive: [
        {
          text: 'Every new or changed detail page is checked against the product specification sheet before it is published.',
          owner: 'Listing specialist',
          frequency: 'per_listing',
        },
        {
          text: 'Negative feedback and return comments are read; a product with two similar complaints in a week has its detail page reviewed.',
          owner: 'Customer service lead',
          frequency: 'daily',
        },
      ],
    },
    {
      key: 'slow_buyer_contact',
      text: 'Buyer messages about order problems were answered after more than 24 hours, so buyers filed A-to-z claims or chargebacks before we could resolve the problem.',
      corrective: [
        'Answered every open buyer message and resolved the [number] open A-to-z claims on [date].',
        'Added weekend cover to the customer service rota from [date].',
      ],
      preventive: [
        {
          text: 'Buyer messages are answered within 24 hours, weekends included; the response-time report is checked every morning.',
          owner: 'Customer service lead',
          frequency: 'daily',
        },
        {
          text: 'A-to-z claim and chargeback notifications go to the account manager as they arrive and are answered the same day.',
          owner: 'Seller Central notification rule',
          frequency: 'continuous',
        },
      ],
    },
  ],
  late_shipment: [
    {
      key: 'warehouse_capacity',
      text: 'Between [date] and [date] daily orders exceeded what our warehouse could pack, so orders were shipped after the expected ship date.',
      corrective: [
        'Shipped and confirmed all pending orders by [date].',
        'Added [number] packers per shift and a second daily carrier pickup from [date].',
      ],
      preventive: [
        {
          text: 'Daily orders are forecast for the coming weeks; when the forecast exceeds packing capacity, staff are added or handling time is extended before the peak.',
          owner: 'Warehouse manager',
          frequency: 'weekly',
        },
        {
          text: 'Unshipped orders due within 24 hours are listed every morning and packed first.',
          owner: 'Warehouse lead',
          frequency: 'daily',
        },
      ],
    },
    {
      key: 'manual_confirmation',
      text: 'Packages left on time, but shipments were confirmed in Seller Central late because confirmations were entered by hand once a day.',
      corrective: ['Connected our order system to Seller Central on [date] so shipments are confirmed automatically with their tracking numbers.'],
      preventive: [
        {
          text: 'Shipment confirmations are uploaded automatically within one hour of carrier pickup; a failed upload alerts the operations team.',
          owner: 'Order management system',
          frequency: 'continuous',
        },
      ],
    },
    {
      key: 'handling_time',
      text: 'The handling time of [SKU] was set to 1 day, although the item is packed to order and needs [number] days.',
      corrective: ['Changed the handling time of [SKU] to [number] days on [date].'],
      preventive: [
        {
          text: 'Handling times are compared with actual ship times for every product, and set before a new product is listed.',
          owner: 'Account manager',
          frequency: 'monthly',
        },
      ],
    },
  ],
  cancellation: [
    {
      key: 'inventory_sync',
      text: 'Stock shown on Amazon did not match stock in the warehouse because inventory was synchronised once a day, so orders were accepted for items that were out of stock.',
      corrective: [
        'Cancelled and refunded the affected orders on [date] and corrected the stock of [SKU].',
        'Set inventory synchronisation to every 15 minutes from [date].',
      ],
      preventive: [
        {
          text: 'Stock is synchronised every 15 minutes; a difference of more than [number] units between systems alerts the inventory planner.',
          owner: 'Inventory synchronisation (ERP)',
          frequency: 'continuous',
        },
        { text: 'The 50 best-selling SKUs are counted in the warehouse and compared with the system.', owner: 'Warehouse lead', frequency: 'weekly' },
      ],
    },
    {
      key: 'supplier_shortage',
      text: 'The supplier of [SKU] delivered [number] days late, and orders placed after our stock ran out could not be fulfilled.',
      corrective: ['Set [SKU] to zero stock on [date] until the delivery arrived.', 'Added a second supplier for [SKU] on [date].'],
      preventive: [
        {
          text: 'Safety stock for each SKU covers its supplier lead time plus 14 days; SKUs below safety stock are reviewed.',
          owner: 'Inventory planner',
          frequency: 'daily',
        },
      ],
    },
    {
      key: 'pricing_error',
      text: 'A pricing error on [SKU] on [date] listed the item at [price], and the orders placed at that price were cancelled.',
      corrective: ['Corrected the price of [SKU] on [date].'],
      preventive: [
        { text: 'A price change of more than 20% is approved by a second person before it is uploaded.', owner: 'Account manager', frequency: 'per_listing' },
        {
          text: 'Every SKU has a minimum and a maximum price, so an upload outside that range is rejected.',
          owner: 'Repricing tool',
          frequency: 'continuous',
        },
      ],
    },
  ],
  valid_tracking: [
    {
      key: 'untracked_service',
      text: 'Some orders were sent with [service], a service without tracking, so their packages had no valid tracking number.',
      corrective: ['Stopped using [service] on [date]; all orders now ship with tracked services.'],
      preventive: [
        {
          text: 'The shipping software offers only tracked services; untracked services are removed from every shipping rule.',
          owner: 'Shipping software rule',
          frequency: 'continuous',
        },
      ],
    },
    {
      key: 'wrong_carrier_name',
      text: 'Tracking numbers were confirmed with the wrong carrier name ("Other" or another carrier), so they could not be matched with carrier scans.',
      corrective: [
        'Corrected the carrier name of the affected shipments on [date].',
        "Mapped each shipping service to its carrier name in Amazon's list in the shipping software on [date].",
      ],
      preventive: [
        {
          text: 'Shipment confirmations with the carrier "Other" are listed and corrected the same day.',
          owner: 'Operations lead',
          frequency: 'daily',
        },
      ],
    },
    {
      key: 'no_first_scan',
      text: 'Labels were created before packages were ready, and some packages were handed to [carrier] days later or not scanned at pickup.',
      corrective: [
        'From [date], labels are printed only when a package is packed.',
        'Agreed with [carrier] on [date] that every package is scanned at pickup and the pickup manifest is signed.',
      ],
      preventive: [
        {
          text: 'Packages without a carrier scan 24 hours after their label was created are listed and followed up with the carrier.',
          owner: 'Warehouse lead',
          frequency: 'daily',
        },
      ],
    },
  ],
  on_time_delivery: [
    {
      key: 'transit_time_settings',
      text: 'The shipping template promised delivery in [number] days to regions where [carrier] needs [number] days.',
      corrective: ["Updated the transit times of the shipping template on [date] to the carrier's published times per region."],
      preventive: [
        {
          text: 'Transit times per region are compared with actual delivery times and the shipping template is adjusted.',
          owner: 'Logistics lead',
          frequency: 'monthly',
        },
      ],
    },
    {
      key: 'late_handover',
      text: "Packages were handed to the carrier after the daily cut-off time, which added one day to every delivery.",
      corrective: ["Moved the packing deadline to [time], before the carrier's cut-off, from [date]."],
      preventive: [
        {
          text: 'Packages handed over after the cut-off are counted; more than [number] in a day triggers a review of the packing schedule.',
          owner: 'Warehouse manager',
          frequency: 'daily',
        },
      ],
    },
    {
      key: 'carrier_performance',
      text: '[carrier] delivered [share] of packages to [region] late between [date] and [date].',
      corrective: ['Moved deliveries to [region] to [carrier] on [date].'],
      preventive: [
        {
          text: 'On-time delivery is reviewed per carrier and region; a route below 95% on time is moved to another carrier.',
          owner: 'Logistics lead',
          frequency: 'weekly',
        },
      ],
    },
  ],
};
