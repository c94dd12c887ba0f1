// The level of government a project reports for: what `report init` writes for it (the
// subtotal groups, the compiling office, an example agency of the roster).
export const levels = ['city', 'county', 'district', 'township'] as const;
export type Level = (typeof levels)[number];

export interface LevelDefaults {
  readonly region: string;
  readonly groups: readonly string[];
  /** The compiling office of `region`. */
  readonly office: (region: string) => string;
  /** An example roster entry. */
  readonly example: (region: string) => { readonly id: string; readonly name: string };
}

export const levelDefaults: Readonly<Record<Level, LevelDefaults>> = {
  city: {
    region: '示例市',
    groups: ['市级部门', '区县（市）', '乡镇（街道）'],
    office: (region) => `${region}人民政府办公厅`,
    example: (region) => ({ id: 'finance', name: `${region}财政局` }),
  },
  county: {
    region: '示例县',
    groups: ['县级部门', '乡镇（街道）'],
    office: (region) => `${region}人民政府办公室`,
    example: (region) => ({ id: 'finance', name: `${region}财政局` }),
  },
  district: {
    region: '示例区',
    groups: ['区级部门', '街道（乡镇）'],
    office: (region) => `${region}人民政府办公室`,
    example: (region) => ({ id: 'finance', name: `${region}财政局` }),
  },
  township: {
    region: '示例镇',
    groups: [],
    office: (region) => `${region}人民政府`,
    example: (region) => ({ id: 'office', name: `${region}党政综合办公室` }),
  },
};
